"""kpaths.py GRAPH SOURCE TARGET K: the first K simple paths by cost, then the paths tied with the K-th ("tail")."""
import itertools
import sys

import networkx as nx

import fixture

graph = fixture.load(sys.argv[1])
source, target, k = sys.argv[2], sys.argv[3], int(sys.argv[4])
generator = nx.shortest_simple_paths(graph, source, target, weight="cost")
paths = [{"path": p, "cost": fixture.path_cost(graph, p)} for p in itertools.islice(generator, k)]
tail = []
if len(paths) == k:
    last = paths[-1]["cost"]
    for p in itertools.islice(generator, 1000):
        cost = fixture.path_cost(graph, p)
        if cost > last + 1e-9:
            break
        tail.append({"path": p, "cost": cost})
fixture.emit({"paths": paths, "tail": tail})
