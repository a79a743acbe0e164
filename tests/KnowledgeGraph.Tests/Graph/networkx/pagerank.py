"""pagerank.py GRAPH: weighted PageRank with networkx defaults (alpha 0.85, tol 1e-6, max_iter 100).

nx.pagerank needs numpy and scipy; where they are missing, networkx's own pure-Python reference implementation
(the same power iteration, convergence test and dangling-node rule) is used instead.
"""
import sys

import networkx as nx

import fixture

graph = fixture.load(sys.argv[1])
try:
    import numpy  # noqa: F401
    import scipy  # noqa: F401

    ranks = nx.pagerank(graph, weight="weight")
except ImportError:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    ranks = _pagerank_python(graph, weight="weight")
fixture.emit(ranks)
