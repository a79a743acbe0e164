"""Loads a fixture graph written by the C# tests: {"nodes": [id, ...], "edges": [[u, v, weight, cost], ...]}."""
import json
import sys

import networkx as nx


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    graph = nx.Graph()
    graph.add_nodes_from(data["nodes"])
    for u, v, weight, cost in data["edges"]:
        graph.add_edge(u, v, weight=weight, cost=cost)
    return graph


def path_cost(graph, path):
    """Edge costs summed left to right from 0, as the C# GraphPath does."""
    total = 0.0
    for u, v in zip(path, path[1:]):
        total += graph[u][v]["cost"]
    return total


def emit(value):
    json.dump(value, sys.stdout)
