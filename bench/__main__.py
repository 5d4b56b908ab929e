"""``python -m bench NAME``: run one benchmark and print its figures."""

from __future__ import annotations

import sys


def main() -> int:
    names = {"startup": "bench.startup", "refresh": "bench.refresh", "map": "bench.map",
             "availability": "bench.availability"}
    if len(sys.argv) < 2 or sys.argv[1] not in names:
        print(f"usage: python -m bench {{{'|'.join(names)}}}", file=sys.stderr)
        return 2
    import importlib

    module = importlib.import_module(names[sys.argv[1]])
    result: int = module.main(sys.argv[2:])
    return result


if __name__ == "__main__":
    sys.exit(main())
