#!/usr/bin/env python3
"""Writes the PyTorch fixtures of Properties/Networks/Fixtures with Debian's python3-torch (1.13).

Run from anywhere: /usr/bin/python3 Properties/Networks/Fixtures/write_fixtures.py
Each network is nn.Sequential(nn.Linear(n, H), nn.SiLU(), nn.Linear(H, 1)) with weights from a fixed
generator, so the files are the same on every run. expected.json holds inputs and PyTorch's own outputs
for the readable fixtures, which the suite must reproduce. The safetensors fixtures are written by
safetensors_format.py (the published layout; the safetensors package is not packaged for Debian 12).
"""
import json
import os
import pickle
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_format import save_safetensors  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def sequential(n, h, dtype, seed):
    """Weights drawn in the file's own dtype: nn.Linear draws in float32, whose values would hide a float64 reader's loss."""
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(n, h), nn.SiLU(), nn.Linear(h, 1)).to(dtype)
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0, 1)
    return model


def path(name):
    return os.path.join(HERE, name)


def inputs(n, count, seed):
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(count, n, generator=generator, dtype=torch.float64)


def expected_outputs(model, x):
    with torch.no_grad():
        return model.to(torch.float64)(x).squeeze(1).tolist()


class Pwned:
    """A pickle that would run a shell command when unpickled by Python."""

    def __reduce__(self):
        return (os.system, ("touch /tmp/l1verify-pickle-ran",))


class Payload:
    """An object of a class of the user's, which a state_dict never holds."""

    def __init__(self):
        self.command = "id"


class DeepMLP(nn.Module):
    """Named layers, as a researcher's own module would have them."""

    def __init__(self, n, h):
        super().__init__()
        self.hidden = nn.Linear(n, h)
        self.readout = nn.Linear(h, 1)

    def forward(self, x):
        return self.readout(nn.functional.silu(self.hidden(x)))


def main():
    expected = {}

    def record(name, model, n):
        x = inputs(n, 8, 7)
        expected[name] = {"inputs": x.tolist(), "outputs": expected_outputs(model, x)}

    float64 = sequential(3, 9, torch.float64, 1)
    torch.save(float64.state_dict(), path("sequential-n3-float64.pt"))
    record("sequential-n3-float64.pt", float64, 3)

    float32 = sequential(4, 12, torch.float32, 2)
    torch.save(float32.state_dict(), path("sequential-n4-float32.pth"))
    record("sequential-n4-float32.pth", float32, 4)

    torch.manual_seed(3)
    named = DeepMLP(2, 6).to(torch.float64)
    with torch.no_grad():
        for p in named.parameters():
            p.normal_(0, 1)
    torch.save(named.state_dict(), path("named-layers-n2.pt"))
    record("named-layers-n2.pt", named, 2)

    tensors = {k: v.detach() for k, v in float64.state_dict().items()}
    save_safetensors(tensors, path("sequential-n3-float64.safetensors"))
    record("sequential-n3-float64.safetensors", float64, 3)
    save_safetensors({k: v.detach() for k, v in float32.state_dict().items()}, path("sequential-n4-float32.safetensors"))
    record("sequential-n4-float32.safetensors", float32, 4)

    # Files every reader must refuse.
    deeper = nn.Sequential(nn.Linear(3, 4), nn.SiLU(), nn.Linear(4, 4), nn.SiLU(), nn.Linear(4, 1)).double()
    torch.save(deeper.state_dict(), path("two-hidden-layers.pt"))
    torch.save(float64, path("whole-module.pt"))
    torch.save({"0.weight": Pwned()}, path("calls-os-system.pt"))
    torch.save({"0.weight": Payload()}, path("constructs-object.pt"))
    torch.save(float64.state_dict(), path("legacy-format.pt"), _use_new_zipfile_serialization=False)
    state = float64.state_dict()
    state["0.weight"] = state["0.weight"].clone()
    state["0.weight"][0, 0] = float("nan")
    torch.save(state, path("not-finite.pt"))
    integers = {k: (v * 100).to(torch.int64) for k, v in float64.state_dict().items()}
    torch.save(integers, path("integer-weights.pt"))

    with open(path("expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
