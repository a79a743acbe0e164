"""degree.py GRAPH: weighted degree of every node."""
import sys

import fixture

graph = fixture.load(sys.argv[1])
fixture.emit(dict(graph.degree(weight="weight")))
