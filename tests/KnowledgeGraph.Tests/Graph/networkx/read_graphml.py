"""read_graphml.py FILE: reads a GraphML file with networkx's own parser; prints nodes (id → label) and edges."""
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1])
json_out = {
    "directed": graph.is_directed(),
    "labels": {n: d.get("label") for n, d in graph.nodes(data=True)},
    "edges": [[u, v, d.get("weight"), d.get("kind")] for u, v, d in graph.edges(data=True)],
}
import json

json.dump(json_out, sys.stdout)
