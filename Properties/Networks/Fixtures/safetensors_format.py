"""The safetensors layout (https://github.com/huggingface/safetensors, "Format"), for PyTorch tensors.

An 8-byte little-endian header length N, N bytes of JSON {name: {"dtype", "shape", "data_offsets": [begin,
end]}}, then the tensors' bytes, little-endian and row-major, at those offsets. Used where the safetensors
package is not installed (Debian 12 does not package it).
"""
import json
import struct

import numpy
import torch

DTYPES = {torch.float64: ("F64", numpy.float64), torch.float32: ("F32", numpy.float32)}
NUMPY = {"F64": numpy.float64, "F32": numpy.float32}


def save_safetensors(tensors, file):
    header, blobs, offset = {}, [], 0
    for name, tensor in tensors.items():
        code, kind = DTYPES[tensor.dtype]
        blob = tensor.contiguous().numpy().astype(numpy.dtype(kind).newbyteorder("<")).tobytes()
        header[name] = {"dtype": code, "shape": list(tensor.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(file, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def load_safetensors(file):
    with open(file, "rb") as f:
        data = f.read()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + length])
    body = data[8 + length:]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        array = numpy.frombuffer(body[begin:end], dtype=numpy.dtype(NUMPY[entry["dtype"]]).newbyteorder("<"))
        tensors[name] = torch.from_numpy(array.reshape(entry["shape"]).copy())
    return tensors
