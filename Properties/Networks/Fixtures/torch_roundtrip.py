#!/usr/bin/env python3
"""PyTorch's side of the suite's round trips (Properties/Networks/PyTorchInteropTests.cs), with Debian's python3-torch.

write FOLDER SEED COUNT  writes COUNT state_dicts of nn.Sequential(nn.Linear(n, H), nn.SiLU(), nn.Linear(H, 1)) with
                         random n, H and weights, alternately float64 and float32, each as .pt and .safetensors, and
                         FOLDER/expected.json: per file, inputs and the module's float64 outputs on them.
load FOLDER              loads every FOLDER/*.pt, *.pth and *.safetensors named in FOLDER/inputs.json into that
                         Sequential with load_state_dict(strict=True), and prints per file its float64 outputs on the
                         inputs given there, as JSON.
"""
import json
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_format import load_safetensors, save_safetensors  # noqa: E402


def sequential(n, h):
    return nn.Sequential(nn.Linear(n, h), nn.SiLU(), nn.Linear(h, 1))


def outputs(model, inputs):
    with torch.no_grad():
        return model.double()(torch.tensor(inputs, dtype=torch.float64)).squeeze(1).tolist()


def write(folder, seed, count):
    torch.manual_seed(seed)
    expected = {}
    for k in range(count):
        n, h = int(torch.randint(1, 9, ())), int(torch.randint(1, 25, ()))
        dtype = torch.float64 if k % 2 == 0 else torch.float32
        model = sequential(n, h).to(dtype)
        with torch.no_grad():
            for p in model.parameters():
                p.normal_(0, 2)
        inputs = torch.randn(6, n, dtype=torch.float64).tolist()
        state = model.state_dict()
        torch.save(state, os.path.join(folder, f"net-{k}.pt"))
        save_safetensors({name: t.detach() for name, t in state.items()}, os.path.join(folder, f"net-{k}.safetensors"))
        result = {"inputs": inputs, "outputs": outputs(model, inputs)}
        expected[f"net-{k}.pt"] = result
        expected[f"net-{k}.safetensors"] = result
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(expected, f)


def load(folder):
    with open(os.path.join(folder, "inputs.json")) as f:
        inputs = json.load(f)
    result = {}
    for name, x in inputs.items():
        file = os.path.join(folder, name)
        state = load_safetensors(file) if name.endswith(".safetensors") else torch.load(file)
        h, n = state["0.weight"].shape
        model = sequential(n, h).double()
        model.load_state_dict(state, strict=True)
        result[name] = outputs(model, x)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        load(sys.argv[2])
