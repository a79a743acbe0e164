"""components.py GRAPH: connected components as lists of node ids."""
import sys

import networkx as nx

import fixture

graph = fixture.load(sys.argv[1])
fixture.emit([sorted(c) for c in nx.connected_components(graph)])
