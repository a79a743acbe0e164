"""dijkstra.py GRAPH SOURCE: shortest-path cost from SOURCE to every reachable node."""
import sys

import networkx as nx

import fixture

graph = fixture.load(sys.argv[1])
fixture.emit(nx.single_source_dijkstra_path_length(graph, sys.argv[2], weight="cost"))
