"""Read members of a zipped or unpacked bundle without trusting anything in it.

Every path is checked before use (no ``..``, absolute paths, drive letters, backslashes or
links); every read is bounded and stops as soon as a limit is passed, whatever sizes the zip
headers claim.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zipfile
from pathlib import Path, PurePosixPath
from typing import Protocol

from rehabmeet.bundles.errors import BundleError
from rehabmeet.i18n import error_text, os_reason
from rehabmeet.settings.limits import ImportLimits

CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_SYMLINK_MODE = 0o120000
_UTF8_FLAG = 0x800


def entry_name(info: zipfile.ZipInfo) -> str:
    """Return the entry's file name as its maker meant it (not yet normalised).

    A name without the zip's UTF-8 flag is decoded by Python as cp437, but old Windows zip tools
    in Denmark wrote cp865 (ø and Ø where cp437 has ¢ and ¥), and some tools write UTF-8 without
    setting the flag: such a name is read as UTF-8 if it is valid UTF-8, else as cp865.
    """
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG and not name.isascii():
        raw = name.encode("cp437")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = raw.decode("cp865")
    return name


class BundleSource(Protocol):
    """A bundle's files, read through its limits."""

    name: str

    def has(self, member: str) -> bool:
        """Return whether the bundle holds the file ``member``."""
        ...

    def read(self, member: str, *, limit: int | None = None) -> bytes:
        """Return the bytes of ``member`` (a checked relative path)."""
        ...

    def close(self) -> None:
        """Release the underlying file."""
        ...


def check_member_path(bundle: str, path: object) -> str:
    """Return ``path`` if it is a safe relative path inside the bundle, else raise naming it."""
    if not isinstance(path, str) or not path or len(path) > 300:
        raise BundleError(bundle, str(path)[:80], error_text("is not a usable file path"))
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in path)[:120]
    if "\x00" in path or "\\" in path:
        raise BundleError(bundle, shown, error_text("path contains a backslash or NUL character"))
    if path.startswith("/") or _DRIVE.match(path):
        raise BundleError(bundle, shown, error_text("path is absolute and would escape the bundle"))
    parts = PurePosixPath(path).parts
    if any(part in ("", ".", "..") for part in path.split("/")) or not parts:
        raise BundleError(bundle, shown, error_text("path contains '..' or empty parts and could escape the bundle"))
    return path


def open_bundle(path: Path, limits: ImportLimits) -> BundleSource:
    """Open a bundle file or folder for checked reading.

    Raises:
        BundleError: the path is missing, a link, too big, or not a zip file or folder.
    """
    name = path.name or str(path)
    if path.is_symlink():
        raise BundleError(name, None, error_text("is a symbolic link; import the real file or folder"))
    if path.is_dir():
        return DirectoryBundle(path, limits)
    if not path.exists():
        raise BundleError(name, None, error_text("does not exist"))
    if not path.is_file():
        raise BundleError(name, None, error_text("is neither a bundle file nor a folder"))
    if path.stat().st_size > limits.max_bundle_bytes:
        raise BundleError(
            name,
            None,
            error_text("is larger than the limit of {value} MiB", value=limits.max_bundle_bytes // 1024 // 1024),
        )
    return ZipBundle(path, limits)


class ZipBundle:
    """A ``.rmb.zip`` bundle. Members are read by streaming decompression with running limits."""

    def __init__(self, path: Path, limits: ImportLimits) -> None:
        self.name = path.name
        self._limits = limits
        self._total = 0
        _check_central_directory(path, limits)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            raise BundleError(self.name, None, error_text("is not a readable zip file ({exc})", exc=exc)) from exc
        try:
            self._infos = self._checked_entries()
        except BaseException:
            self._zip.close()
            raise

    def _checked_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self._limits.max_members:
            raise BundleError(
                self.name,
                None,
                error_text(
                    "holds {infos} entries, more than the limit of {max_members}",
                    infos=len(infos),
                    max_members=self._limits.max_members,
                ),
            )
        entries: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        raw_names: set[str] = set()
        for info in infos:
            name = entry_name(info)
            member = unicodedata.normalize("NFC", name.rstrip("/") if info.is_dir() else name)
            member = check_member_path(self.name, member)
            if (info.external_attr >> 16) & 0o170000 == _SYMLINK_MODE:
                raise BundleError(self.name, member, error_text("is a symbolic link, which a bundle may not contain"))
            if info.flag_bits & 0x1:
                raise BundleError(self.name, member, error_text("is encrypted inside the zip"))
            if name in raw_names:
                raise BundleError(self.name, member, error_text("appears twice in the zip"))
            raw_names.add(name)
            key = member.casefold()
            if key in folded:
                raise BundleError(
                    self.name,
                    member,
                    error_text(
                        "appears twice in the zip under names that differ only in letter case or accents "
                        "(one file on Windows and macOS)"
                    ),
                )
            folded.add(key)
            if not info.is_dir():
                entries[member] = info
        return entries

    def has(self, member: str) -> bool:
        return unicodedata.normalize("NFC", member) in self._infos

    def read(self, member: str, *, limit: int | None = None) -> bytes:
        info = self._infos.get(unicodedata.normalize("NFC", member))
        if info is None:
            raise BundleError(self.name, member, error_text("is named in the manifest but missing from the bundle"))
        cap = min(limit or self._limits.max_member_bytes, self._limits.max_member_bytes)
        if info.file_size > cap:
            raise BundleError(
                self.name,
                member,
                error_text(
                    "is {file_size} bytes uncompressed, more than the limit of {cap}", file_size=info.file_size, cap=cap
                ),
            )
        self._check_ratio(member, info.file_size, info.compress_size)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > cap or size > info.file_size:
                        raise BundleError(
                            self.name,
                            member,
                            error_text("unpacks to more bytes than allowed or declared; stopped reading"),
                        )
                    self._check_ratio(member, size, info.compress_size)
                    self._count_total(member, len(chunk))
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise BundleError(self.name, member, error_text("cannot be unpacked ({exc})", exc=exc)) from exc
        return b"".join(chunks)

    def _check_ratio(self, member: str, size: int, compressed: int) -> None:
        if size > self._limits.ratio_floor_bytes and size > self._limits.max_compression_ratio * max(compressed, 1):
            raise BundleError(
                self.name,
                member,
                error_text(
                    "compresses more than {max_compression_ratio:g}:1 (a zip bomb?); stopped reading",
                    max_compression_ratio=self._limits.max_compression_ratio,
                ),
            )

    def _count_total(self, member: str, size: int) -> None:
        self._total += size
        if self._total > self._limits.max_total_bytes:
            raise BundleError(
                self.name, member, error_text("the bundle unpacks to more than the total size limit; stopped reading")
            )

    def close(self) -> None:
        self._zip.close()


_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


def _check_central_directory(path: Path, limits: ImportLimits) -> None:
    """Refuse a zip whose end-of-central-directory record announces more entries, or a bigger
    directory, than the limits, before :mod:`zipfile` parses (and builds objects for) all of it.

    Raises:
        BundleError: too many entries or too big a directory (an unreadable record is left for
            :class:`zipfile.ZipFile` to refuse).
    """
    name = path.name
    try:
        with path.open("rb") as stream:
            size = stream.seek(0, 2)
            stream.seek(max(0, size - 65_557))
            tail = stream.read()
            at = tail.rfind(_EOCD)
            if at < 0 or len(tail) < at + 22:
                return
            entries = int.from_bytes(tail[at + 10 : at + 12], "little")
            directory = int.from_bytes(tail[at + 12 : at + 16], "little")
            locator = at - 20
            if (
                (entries == 0xFFFF or directory == 0xFFFFFFFF)
                and locator >= 0
                and tail[locator : locator + 4] == _ZIP64_LOCATOR
            ):
                stream.seek(int.from_bytes(tail[locator + 8 : locator + 16], "little"))
                record = stream.read(56)
                if record[:4] == _ZIP64_EOCD and len(record) == 56:
                    entries = int.from_bytes(record[32:40], "little")
                    directory = int.from_bytes(record[40:48], "little")
    except OSError:
        return  # zipfile reports the file as unreadable
    if entries > limits.max_members:
        raise BundleError(
            name,
            None,
            error_text(
                "holds {infos} entries, more than the limit of {max_members}",
                infos=entries,
                max_members=limits.max_members,
            ),
        )
    if directory > limits.max_central_directory_bytes:
        raise BundleError(
            name,
            None,
            error_text(
                "its table of contents (zip central directory) is {value} bytes, more than the limit of {limit}",
                value=directory,
                limit=limits.max_central_directory_bytes,
            ),
        )


class DirectoryBundle:
    """An unpacked bundle folder. Links anywhere on a member's path are refused."""

    def __init__(self, path: Path, limits: ImportLimits) -> None:
        self.name = path.name
        self._root = path.resolve()
        self._limits = limits
        self._total = 0

    def has(self, member: str) -> bool:
        return (self._root / member).is_file() or (self._root / member).is_symlink()

    def read(self, member: str, *, limit: int | None = None) -> bytes:
        cap = min(limit or self._limits.max_member_bytes, self._limits.max_member_bytes)
        path = self._checked_file(member)
        size = path.stat().st_size
        if size > cap:
            raise BundleError(
                self.name, member, error_text("is {size} bytes, more than the limit of {cap}", size=size, cap=cap)
            )
        self._total += size
        if self._total > self._limits.max_total_bytes:
            raise BundleError(
                self.name, member, error_text("the bundle is larger than the total size limit; stopped reading")
            )
        try:
            with path.open("rb") as stream:
                data = stream.read(cap + 1)
        except OSError as exc:
            raise BundleError(
                self.name, member, error_text("cannot be read ({strerror})", strerror=os_reason(exc))
            ) from exc
        if len(data) > cap:
            raise BundleError(self.name, member, error_text("grew while being read; stopped reading"))
        return data

    def _checked_file(self, member: str) -> Path:
        current = self._root
        for part in PurePosixPath(member).parts:
            current = current / part
            try:
                mode = current.lstat().st_mode
            except FileNotFoundError:
                raise BundleError(
                    self.name, member, error_text("is named in the manifest but missing from the bundle")
                ) from None
            except OSError as exc:
                raise BundleError(
                    self.name, member, error_text("cannot be read ({strerror})", strerror=os_reason(exc))
                ) from exc
            if stat.S_ISLNK(mode):
                raise BundleError(
                    self.name,
                    member,
                    error_text("is or passes through a symbolic link, which a bundle may not contain"),
                )
        if not stat.S_ISREG(current.lstat().st_mode):
            raise BundleError(self.name, member, error_text("is not a regular file"))
        return current

    def close(self) -> None:
        """Nothing to release for a folder."""
