"""Files for tests, made on the fly: PDFs (ordinary ones and decompression bombs)."""

from __future__ import annotations

import zlib


def pdf_bytes(pages: list[bytes], title: str = "A PDF report", compress: bool = False,
              shared_stream: bool = False) -> bytes:
    """A minimal valid PDF whose pages have the given content streams (Helvetica as /F1).

    ``compress``: FlateDecode streams. ``shared_stream``: every page points at the first page's
    stream, as a decompression bomb does to multiply one small stream.
    """
    streams = pages[:1] if shared_stream else pages
    n_pages = len(pages)
    font = 3 + n_pages + len(streams)
    info = font + 1
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{3 + i} 0 R' for i in range(n_pages))}] /Count {n_pages} >>"]
    for i in range(n_pages):
        stream_ref = 3 + n_pages + (0 if shared_stream else i)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {stream_ref} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
    for content in streams:
        data = zlib.compress(content, 9) if compress else content
        head = f"<< /Length {len(data)}{' /Filter /FlateDecode' if compress else ''} >>\nstream\n".encode()
        objects.append(head + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(f"<< /Title ({title}) >>".encode("latin-1"))
    out = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        body = obj if isinstance(obj, bytes) else obj.encode("latin-1")
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def text_stream(lines: list[str]) -> bytes:
    """A page's content stream that shows ``lines`` of text."""
    shown = " ".join("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
                     for line in lines)
    return f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET".encode("latin-1")


def justified_stream(lines: list[str]) -> bytes:
    """A page's content stream that shows ``lines`` justified, as word processors and fpdf2 do:
    each gap widened by a shift before the space ("[(The) -400 ( number)] TJ")."""
    def shown(line: str) -> str:
        words = [w.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for w in line.split()]
        return "[" + " -400 ".join(f"({' ' if i else ''}{w})" for i, w in enumerate(words)) + "] TJ T*"
    return f"BT /F1 12 Tf 72 720 Td 14 TL {' '.join(map(shown, lines))} ET".encode("latin-1")


def make_pdf(lines: list[str], title: str = "A PDF report") -> bytes:
    """A one-page PDF with the given text lines."""
    return pdf_bytes([text_stream(lines)], title)


def pdf_bomb_shared(pages: int = 20, stream_bytes: int = 1_400_000) -> bytes:
    """Many pages sharing one small deflated stream that decompresses to a lot of text."""
    line = "The quick brown fox jumps over the lazy dog near the harbour wall. "
    stream = text_stream([line] * (stream_bytes // (len(line) + 4)))
    return pdf_bytes([stream] * pages, compress=True, shared_stream=True)


def pdf_bomb_single(stream_bytes: int = 14_000_000) -> bytes:
    """One page whose deflated content stream is tiny on disk and huge once decompressed."""
    line = "Harbour cranes lifted containers all night long. "
    return pdf_bytes([text_stream([line] * (stream_bytes // (len(line) + 4)))], compress=True)
