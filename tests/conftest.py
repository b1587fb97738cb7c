"""Fixtures shared by every test: a real SQLCipher vault with a fast (test-only) KDF.

Creating a vault (Argon2id, the whole migration chain) costs far more than opening one, so
an empty vault is created once per test run (`shared_vault`: the first xdist worker to need
it makes it, the others wait for it) and the `vault` fixture and `fresh_vault()` copy its
files and unlock the copy through `Vault.open`. A test about creating a vault calls
`Vault(...).create` itself, as before.
"""

from __future__ import annotations

import atexit
import datetime as dt
import fcntl
import gc
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt must never look for a screen in tests; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Finnish time, as on the caseworkers' laptops and as the server's own day (Oma HB, money:
# Europe/Helsinki), whatever this machine's zone: on a UTC machine the laptop's "today" is
# a day behind the server's from 22 to 24 UTC, and a confirmation made in Oma HB then is
# dated tomorrow for the laptop. Given as a POSIX rule (EU summer time), so no time-zone
# database is needed; every child process inherits it (this process: tzset below).
os.environ["TZ"] = "EET-2EEST,M3.5.0/3,M10.5.0/4"

from hbdesk.store import KdfParams, OpenVault, Vault, keys
from hbdesk.store.files import private_dir

time.tzset()  # the TZ set above, before any test asks for a date

# OWASP's floor: fast enough for tests, still real Argon2id. Never used outside tests.
FAST_KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
PASSPHRASE = "kolme iloista kissaa tanssii"


def _derive_each_key_once() -> None:
    """Argon2id is a pure function: the same passphrase, salt and parameters give the same key.
    Copies of the template vault share its key file, so without this every test that opens
    one pays the same derivation again (≈ 60 ms each, thousands of times a run). A new
    passphrase, salt or parameter set still runs the real Argon2id; the caller gets its own
    bytearray to wipe, as from the real function. Tests only: production never imports this."""
    real = keys.derive_kek
    derived: dict[tuple[bytes, bytes, KdfParams], bytes] = {}

    def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
        key = (keys.normalise_passphrase(passphrase), bytes(salt), params)
        if key not in derived:
            derived[key] = bytes(real(passphrase, salt, params))
        return bytearray(derived[key])

    keys.derive_kek = derive_kek


_derive_each_key_once()


def collect_garbage() -> None:
    """Collect the garbage made since the last call now (the Qt fixtures call this after each
    test, so that no test's widgets are deleted in the middle of a later test's events), and
    set what survives aside (gc.freeze): it lives on, and the next call does not walk every
    module, class and cache of the whole run again."""
    gc.collect()
    gc.freeze()


# The modules that take longest by the clock (measured with two workers), longest first.
# Parallel workers take modules whole and in the order collected; one of these started last
# would run alone at the end while the other workers sit idle.
LONGEST_FIRST = (
    "tests/omahb/test_omahb_walk.py",  # with the rest of tests/omahb: one unit (ONE_WORKER)
    "tests/sync/test_sync_faults.py",
    "tests/ui/desktop/test_on_a_real_screen.py",
    "tests/sync/test_sync_throughput.py",
    "tests/store/test_vault_journal.py",
    "tests/sync/test_sync_convergence.py",
    "tests/sync/test_report_projection.py",
    "tests/sync/report/test_giveback.py",
    "tests/sync/test_sync_engine.py",
    "tests/sync/test_sync_schema.py",
    "tests/sync/report/test_benefit.py",
)


# Folders whose modules share session fixtures that cost much to make (Oma HB: its servers,
# providers, seeded laptop and the browser), so that one worker runs them all and makes them
# once, rather than each worker that got one of the modules making its own.
ONE_WORKER = ("tests/omahb/",)


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """--dist loadscope, with each ONE_WORKER folder handed out as one unit."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Scheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            for folder in ONE_WORKER:
                if nodeid.startswith(folder):
                    return folder
            return str(super()._split_scope(nodeid))

    return Scheduling(config, log)  # type: ignore[arg-type]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest modules first (LONGEST_FIRST), the rest in the order they came."""
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}

    def place(item: pytest.Item) -> int:
        return rank.get(item.nodeid.split("::", 1)[0], len(rank))

    items.sort(key=place)  # stable: within a module, and among the rest, the order stays


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting imported stays to the end: set it aside once (see collect_garbage)."""
    collect_garbage()


def copy_vault(template: Path, folder: Path) -> Path:
    """Copy a locked vault's folder to `folder` (which must not exist yet), modes kept."""
    private_dir(folder.parent)  # as Vault.create leaves the parent
    shutil.copytree(template, folder)
    return folder


def open_copy(template: Path, folder: Path) -> OpenVault:
    """A copy of a locked vault at `folder`, unlocked with the test passphrase."""
    return Vault(copy_vault(template, folder), kdf=FAST_KDF).open(PASSPHRASE)


# Chosen at import, before any test points TMPDIR or tempfile.tempdir into its own folder.
_TEMPLATE_ROOT = Path(tempfile.gettempdir())
_SHARED_ENV = "HBDESK_TEST_SHARED_DIR"


def pytest_configure(config: pytest.Config) -> None:
    """The run's folder for vaults made once and shared by every worker (see shared_vault):
    made by the controlling process before the workers start (they inherit its environment),
    removed when it ends."""
    if hasattr(config, "workerinput") or os.environ.get(_SHARED_ENV):
        return
    root = tempfile.mkdtemp(prefix="hbdesk-shared-", dir=_TEMPLATE_ROOT)
    os.environ[_SHARED_ENV] = root
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    if config.getoption("numprocesses", None):
        _rewrite_test_modules_once(config)


def _rewrite_test_modules_once(config: pytest.Config) -> None:
    """Rewrite every test module's asserts and cache the result (pytest's own rewriting and
    its own cache files, which each process reads and checks against the source) before the
    workers start. On a clean checkout each xdist worker would otherwise rewrite every module
    itself when it collects, all at once: ≈ 5.5 CPU s each, the same work four times. Done
    here in one forked child per core; a module already cached is left as it is."""
    from _pytest.assertion import rewrite

    state = config.stash.get(rewrite.assertstate_key, None)
    if state is None or sys.dont_write_bytecode or config.getoption("assertmode") != "rewrite":
        return
    here = Path(__file__).parent
    modules = sorted(
        [*here.rglob("test_*.py"), *here.rglob("conftest.py")],
        key=lambda path: -path.stat().st_size,  # the biggest first: even shares
    )
    children = []
    for share in range(os.cpu_count() or 1):
        pid = os.fork()
        if pid == 0:  # pragma: no cover (the child)
            code = 0
            try:
                for module in modules[share :: os.cpu_count() or 1]:
                    pyc = rewrite.get_cache_dir(module) / (module.name[:-3] + rewrite.PYC_TAIL)
                    if rewrite._read_pyc(module, pyc) is None:
                        pyc.parent.mkdir(exist_ok=True)
                        source_hash, co = rewrite._rewrite_test(module, config)
                        rewrite._write_pyc(state, co, source_hash, pyc)
            except BaseException:
                code = 1  # the workers rewrite what is missing, as without this
            os._exit(code)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)


def shared_vault(name: str, build: Callable[[Path], None]) -> Path:
    """A locked vault made once per test run by `build(folder)`, for every worker: the first
    to ask makes it under a file lock, the others wait and get the same folder. Copy it,
    never open or change it in place. `name` must say everything the build depends on."""
    root = Path(os.environ.get(_SHARED_ENV) or _own_root())
    done = root / name
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            work = root / f"{name}.making"
            shutil.rmtree(work, ignore_errors=True)
            private_dir(work)
            build(work / "vault")
            work.rename(done)
    return done / "vault"


_own: list[str] = []


def _own_root() -> str:
    """Where shared vaults go in a process started without pytest_configure's folder."""
    if not _own:
        _own.append(tempfile.mkdtemp(prefix="hbdesk-shared-", dir=_TEMPLATE_ROOT))
        atexit.register(shutil.rmtree, _own[0], ignore_errors=True)
    return _own[0]


def template_vault() -> Path:
    """The run's empty vault at the newest schema, locked (made on first use); copy it,
    never open or change it in place."""
    return shared_vault(
        "empty", lambda folder: Vault(folder, kdf=FAST_KDF).create(PASSPHRASE).lock()
    )


def demo_vault_of(clients: int, today: dt.date) -> Path:
    """The demo caseload of `clients` clients as of `today`, made once for the run (on a copy
    of the empty template), locked; copy it, never change it."""

    def build(folder: Path) -> None:
        from hbdesk.services.demo import populate_demo

        opened = open_copy(template_vault(), folder)
        populate_demo(opened, clients=clients, today=today)
        opened.lock()

    return shared_vault(f"demo-{clients}-{today.isoformat()}", build)


def fresh_vault(folder: Path) -> OpenVault:
    """An unlocked empty vault at `folder`, as `Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)`
    leaves it, but copied from the template (for tests not about creating a vault)."""
    return open_copy(template_vault(), folder)


@pytest.fixture(scope="session")
def vault_template() -> Path:
    """The empty template vault (see `template_vault`), for session fixtures that build on it."""
    return template_vault()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_template: Path, vault_dir: Path) -> Iterator[OpenVault]:
    """An unlocked empty vault at the newest schema (a copy of the session's template)."""
    opened = open_copy(vault_template, vault_dir)
    yield opened
    opened.lock()
