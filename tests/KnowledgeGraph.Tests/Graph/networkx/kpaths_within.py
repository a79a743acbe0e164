"""kpaths_within.py GRAPH SOURCE TARGET HOPS: every simple path of at most HOPS edges, with its cost."""
import sys

import networkx as nx

import fixture

graph = fixture.load(sys.argv[1])
source, target, hops = sys.argv[2], sys.argv[3], int(sys.argv[4])
paths = nx.all_simple_paths(graph, source, target, cutoff=hops)
fixture.emit([{"path": p, "cost": fixture.path_cost(graph, p)} for p in paths])
