"""neighbourhood.py GRAPH SOURCE HOPS: hop distance from SOURCE of every node at most HOPS edges away."""
import sys

import networkx as nx

import fixture

graph = fixture.load(sys.argv[1])
fixture.emit(nx.single_source_shortest_path_length(graph, sys.argv[2], cutoff=int(sys.argv[3])))
