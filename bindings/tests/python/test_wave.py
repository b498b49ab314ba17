"""Host tests of the generated Python bindings: the whole flow a shell drives (vault, duress,
the checklist in Russian, sync to a real server) and the errors a shell must handle."""

import asyncio
import json
import os
import subprocess
import sys
import threading
import time

import pytest

import wave_ffi
from wave_ffi import ItemKind, KdfStrength, WaveError, WaveVault

GATE = {
    "safe_now": "safe",
    "urgent_needs": ["none"],
    "agree_to_talk": True,
    "consent_store": True,
    "code_name": "Ромашка",
    "country": "ua",
}


def run(coroutine):
    return asyncio.run(coroutine)


def new_vault(path, passphrase="correct horse battery staple", keystore=None):
    vault = WaveVault(path, keystore)
    run(vault.create(passphrase, KdfStrength.MINIMUM()))
    return vault


def auto_answer(question):
    """A valid answer for any question; the gate's and the violations' are fixed."""
    if question.id in GATE:
        return GATE[question.id]
    first = question.choices[0].value if question.choices else ""
    if question.id == "violations":
        # Two kinds of violence, so their follow-up sections open too.
        return [choice.value for choice in question.choices[:2]]
    return {
        ItemKind.SINGLE: first,
        ItemKind.MULTI: [first],
        ItemKind.YESNO: True,
        ItemKind.TEXT: f"текст {question.id}",
        ItemKind.LONGTEXT: f"подробный рассказ {question.id}",
        ItemKind.NUMBER: 2,
        ItemKind.DATE: {"value": "2026-03-14", "precision": "exact"},
        ItemKind.TIME: "21:30",
        ItemKind.DURATION: 45,
        ItemKind.LOCATION: {"lat": 46.48, "lon": 30.72},
        ItemKind.ATTACHMENT: None,
        ItemKind.INFO: True,
        ItemKind.REPEAT: False,
    }[question.kind]


def record_checklist(vault):
    """Walks the whole checklist in Russian; returns (case id, sections seen, labels seen)."""
    session = vault.start_session("ru")
    sections, labels = [], []
    question = session.current()
    while question is not None:
        labels.append(question.label)
        if question.section_id not in sections:
            sections.append(question.section_id)
        outcome = session.answer(json.dumps(auto_answer(question)))
        assert not outcome.is_INVALID(), f"{question.id}: {outcome}"
        assert not outcome.is_STOPPED(), f"{question.id}: {outcome}"
        question = outcome.question if outcome.is_NEXT() else None
    assert session.problems() == []
    finished = session.finish()
    assert finished.is_FINISHED(), finished
    assert finished.case_id == session.case_id()
    return finished.case_id, sections, labels


def draft_past_the_gate(vault):
    """A session answered just far enough to be stored as a draft; returns it and the case id."""
    session = vault.start_session("en")
    while session.case_id() is None:
        session.answer(json.dumps(auto_answer(session.current())))
    return session, session.case_id()


def test_full_flow_record_sync_then_duress(server, vault_dir):
    vault = new_vault(vault_dir)
    run(vault.set_duress_passphrase("duress words: copper kettle meadow"))
    case_id, sections, labels = record_checklist(vault)

    assert any("а" <= ch <= "я" for label in labels for ch in label.lower()), "not in Russian"
    follow_ups = [s for s in sections if s.startswith("v_") or "violence" in s or "detention" in s]
    assert len(sections) > 5, sections
    cases = vault.list_cases()
    assert [c.id for c in cases] == [case_id]
    assert cases[0].status == wave_ffi.CaseStatus.FINALIZED
    case = json.loads(vault.get_case_json(case_id))
    assert case["answers"]["code_name"] == "Ромашка"
    assert len(case["versions"]) == 1

    run(vault.enroll(server.enrollment_string(), None, None))
    assert vault.sync_status().pending == 1

    class Observer(wave_ffi.SyncObserver):
        def __init__(self):
            self.states = {}
            self.progress_calls = []

        def progress(self, done, total):
            self.progress_calls.append((done, total))

        def case_state(self, case_id, state):
            self.states[case_id] = state

    observer = Observer()
    report = run(vault.sync_now(observer, None))
    assert report.error is None, report.error
    assert report.error_kind is None, report.error_kind
    assert (report.sent, report.pending, report.failed) == (1, 0, 0)
    assert observer.states.get(case_id) == wave_ffi.CaseSyncState.SENT()
    status = vault.sync_status()
    assert status.enrolled and status.sent == 1 and status.pending == 0
    assert status.last_success_at_ms is not None
    # A version 1 enrollment string: the enrollment's recipients, no set to check.
    assert (status.recipient_set_version, status.recipient_set_problem) == (0, None)
    assert (report.recipient_set_version, report.resealed) == (0, 0)
    assert [r.state for r in vault.case_sync_states("en")] == [wave_ffi.CaseSyncState.SENT()]
    print(f"follow-up sections: {follow_ups}")

    vault.lock()
    with pytest.raises(WaveError.VaultLocked):
        vault.list_cases()
    run(vault.unlock("duress words: copper kettle meadow"))
    assert vault.list_cases() == []
    assert not vault.sync_status().enrolled
    vault.lock()
    with pytest.raises(WaveError.WrongPassphrase):
        run(vault.unlock("correct horse battery staple"))


def test_wrong_passphrase_is_counted(vault_dir):
    vault = new_vault(vault_dir)
    vault.lock()
    with pytest.raises(WaveError.WrongPassphrase):
        run(vault.unlock("not it"))
    assert vault.failed_attempts() == 1
    run(vault.unlock("correct horse battery staple"))
    assert vault.failed_attempts() == 0


def test_wipe_after_failures_and_panic_wipe(vault_dir):
    vault = new_vault(vault_dir)
    vault.set_wipe_after_failures(2)
    vault.lock()
    for _ in range(2):
        with pytest.raises(WaveError.WrongPassphrase):
            run(vault.unlock("guess"))
    assert not vault.exists()
    with pytest.raises(WaveError.NoVault):
        run(vault.unlock("correct horse battery staple"))

    vault = new_vault(vault_dir)
    vault.wipe()
    assert not vault.exists() and not vault.is_unlocked()


def test_change_passphrase(vault_dir):
    vault = new_vault(vault_dir)
    run(vault.change_passphrase("new words: violet tram under the bridge"))
    vault.lock()
    with pytest.raises(WaveError.WrongPassphrase):
        run(vault.unlock("correct horse battery staple"))
    run(vault.unlock("new words: violet tram under the bridge"))


def test_invalid_answers_are_refused(vault_dir):
    vault = new_vault(vault_dir)
    session = vault.start_session("ru")
    first = session.current()
    assert first.id == "safe_now" and first.kind == ItemKind.SINGLE
    outcome = session.answer(json.dumps("no such choice"))
    assert outcome.is_INVALID() and outcome.message
    assert session.current().id == "safe_now"
    with pytest.raises(WaveError.InvalidInput):
        session.answer("{not json")
    with pytest.raises(WaveError.InvalidInput):
        session.jump("no_such_section")
    assert vault.list_cases() == []


def test_not_safe_stores_nothing(vault_dir):
    vault = new_vault(vault_dir)
    session = vault.start_session("uk")
    outcome = session.answer(json.dumps("not_safe"))
    assert outcome.is_STOPPED() and not outcome.stored and outcome.message
    assert session.current() is None
    assert vault.list_cases() == []


def test_draft_resumes_and_back_and_review(vault_dir):
    vault = new_vault(vault_dir)
    session = vault.start_session("en")
    for _ in range(7):
        question = session.current()
        session.answer(json.dumps(auto_answer(question)))
    case_id = session.case_id()
    assert case_id is not None
    where = session.current().id
    assert session.progress().answered >= 6
    back = session.back()
    assert back.answer_json is not None and back.shown_answer
    assert session.review()[0].items
    session.set_language("ru")
    assert session.language() == "ru"
    resumed = vault.resume_session(case_id, "en")
    assert resumed.current().id == back.id or resumed.current().id == where
    assert vault.list_cases()[0].status == wave_ffi.CaseStatus.DRAFT
    problems = resumed.finish()
    assert problems.is_PROBLEMS() and problems.problems


def test_attachments_round_trip(vault_dir, tmp_path):
    vault = new_vault(vault_dir)
    session, case_id = draft_past_the_gate(vault)
    source = tmp_path / "photo.jpg"
    source.write_bytes(bytes(range(256)) * 1000)
    meta = run(vault.add_attachment(case_id, str(source), "photo.jpg", "image/jpeg"))
    assert meta.size == 256_000 and len(meta.sha256) == 64
    assert [a.id for a in vault.list_attachments(case_id)] == [meta.id]
    target = tmp_path / "out.jpg"
    run(vault.export_attachment(case_id, meta.id, str(target)))
    assert target.read_bytes() == source.read_bytes()
    with pytest.raises(WaveError.StorageFailed):
        run(vault.add_attachment(case_id, str(tmp_path / "missing"), None, "image/jpeg"))
    vault.delete_case(case_id)
    with pytest.raises(WaveError.NotFound):
        vault.get_case_json(case_id)
    with pytest.raises(WaveError.InvalidInput):
        vault.get_case_json("not-an-id")


def test_a_lock_stops_an_attachment_being_added_and_keeps_nothing_of_it(vault_dir, tmp_path):
    """Quick exit while a long video streams in: the lock must not wait for the whole file."""
    vault = new_vault(vault_dir)
    _, case_id = draft_past_the_gate(vault)
    fifo = tmp_path / "capture.mp4"
    os.mkfifo(fifo)
    written = threading.Event()
    chunks = []

    def camera():
        # A recording that goes on for ~15 s unless the reader closes the pipe first.
        try:
            with open(fifo, "wb") as pipe:
                for _ in range(750):
                    pipe.write(b"\x42" * 65536)
                    pipe.flush()
                    chunks.append(1)
                    if len(chunks) == 8:
                        written.set()
                    time.sleep(0.02)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=camera)
    writer.start()

    async def add_then_lock():
        task = asyncio.ensure_future(
            vault.add_attachment(case_id, str(fifo), None, "video/mp4"))
        while not written.is_set():
            await asyncio.sleep(0.01)
        started = time.monotonic()
        vault.lock()
        took = time.monotonic() - started
        with pytest.raises(WaveError.VaultLocked):
            await asyncio.wait_for(task, 5)
        return took

    took = run(add_then_lock())
    writer.join(20)
    assert took < 1, f"lock took {took:.2f} s"
    assert len(chunks) < 300, "the attachment was read to its end"
    assert not vault.is_unlocked()
    run(vault.unlock("correct horse battery staple"))
    assert vault.list_attachments(case_id) == []
    left = [os.path.join(folder, name) for folder, _, names in os.walk(vault_dir)
            if os.path.basename(folder) == "blobs" for name in names]
    assert left == [], f"a partial attachment file was left: {left}"


def test_a_lock_during_a_passphrase_change_returns_at_once_and_keeps_the_old_one(vault_dir):
    """Quick exit on the settings screen: the lock must not wait for the new key's derivation,
    and the change it interrupted must not land afterwards."""
    vault = WaveVault(vault_dir, None)
    run(vault.create("correct horse battery staple", KdfStrength.CALIBRATED(target_ms=1500)))

    async def change_then_lock(change):
        task = asyncio.ensure_future(change())
        await asyncio.sleep(0.4)
        started = time.monotonic()
        vault.lock()
        took = time.monotonic() - started
        with pytest.raises(WaveError.VaultLocked):
            await asyncio.wait_for(task, 30)
        return took

    took = run(change_then_lock(
        lambda: vault.change_passphrase("violet tram under the old bridge")))
    assert took < 0.3, f"lock took {took:.2f} s"
    with pytest.raises(WaveError.WrongPassphrase):
        run(vault.unlock("violet tram under the old bridge"))
    run(vault.unlock("correct horse battery staple"))

    took = run(change_then_lock(
        lambda: vault.set_duress_passphrase("copper kettle in a quiet meadow")))
    assert took < 0.3, f"lock took {took:.2f} s"
    with pytest.raises(WaveError.WrongPassphrase):
        run(vault.unlock("copper kettle in a quiet meadow"))
    run(vault.unlock("correct horse battery staple"))
    assert vault.is_unlocked()


def test_attachment_removal_and_amending_a_finalized_case(vault_dir, tmp_path):
    vault = new_vault(vault_dir)
    session, case_id = draft_past_the_gate(vault)
    source = tmp_path / "voice.m4a"
    source.write_bytes(b"\x00\x01" * 5000)
    kept = run(vault.add_attachment(case_id, str(source), None, "audio/mp4"))
    removed = run(vault.add_attachment(case_id, str(source), None, "audio/mp4"))
    vault.delete_attachment(case_id, removed.id)
    assert [a.id for a in vault.list_attachments(case_id)] == [kept.id]
    with pytest.raises(WaveError.NotFound):
        vault.delete_attachment(case_id, removed.id)

    with pytest.raises(WaveError.InvalidState):
        vault.amend_case(case_id)
    question = session.current()
    while question is not None:
        outcome = session.answer(json.dumps(auto_answer(question)))
        question = outcome.question if outcome.is_NEXT() else None
    assert session.finish().is_FINISHED()
    vault.amend_case(case_id)
    [summary] = vault.list_cases()
    assert summary.status == wave_ffi.CaseStatus.DRAFT and summary.versions == 1


def test_enrollment_preview_reads_the_string_without_joining(server, vault_dir):
    text = server.enrollment_string()
    preview = wave_ffi.preview_enrollment_string("  " + text + "\n")
    assert preview.server.startswith("http://127.0.0.1:")
    assert preview.recipients >= 1 and preview.pinned is False
    assert preview.follows_recipient_sets is False
    for bad in ["", "hello", "wave-enroll:1:@@@", "wave-enroll:9:e30"]:
        with pytest.raises(WaveError.InvalidInput):
            wave_ffi.preview_enrollment_string(bad)
    vault = new_vault(vault_dir)
    assert not vault.sync_status().enrolled


def test_server_down(server, vault_dir):
    vault = new_vault(vault_dir)
    record_checklist(vault)
    quick = wave_ffi.SyncSettings(max_attempts=1, timeout_ms=5000)
    with pytest.raises(WaveError.InvalidState):
        run(vault.sync_now(None, quick))
    with pytest.raises(WaveError.InvalidInput):
        run(vault.enroll("wave-enroll:9:x", None, quick))
    # Port 9 (discard) has nothing listening on loopback: enrolling fails as a network error.
    dead = wave_ffi.encode_enrollment_string("http://127.0.0.1:9", "code", [server.staff.recipient])
    with pytest.raises(WaveError.NetworkUnavailable):
        run(vault.enroll(dead, None, quick))
    enrollment = server.enrollment_string()
    run(vault.enroll(enrollment, None, quick))
    with pytest.raises(WaveError.InvalidState):
        run(vault.enroll(enrollment, None, quick))


def test_keystore_is_asked_and_its_failure_is_an_error(vault_dir):
    class Keystore(wave_ffi.PlatformKeystore):
        def __init__(self, secret):
            self.value = secret

        def secret(self):
            if self.value is None:
                raise WaveError.KeystoreUnavailable("the key was removed")
            return self.value

    keystore = Keystore(b"k" * 32)
    vault = new_vault(vault_dir, keystore=keystore)
    vault.lock()
    run(vault.unlock("correct horse battery staple"))
    vault.lock()
    with pytest.raises(WaveError.WrongPassphrase):
        run(WaveVault(vault_dir, Keystore(b"x" * 32)).unlock("correct horse battery staple"))
    with pytest.raises(WaveError.KeystoreUnavailable):
        run(WaveVault(vault_dir, Keystore(None)).unlock("correct horse battery staple"))


def test_weak_passphrases_are_refused_with_the_same_rule_as_the_hint(vault_dir):
    weak = wave_ffi.passphrase_strength("abc", "ru", False, None)
    assert not weak.acceptable and weak.score == 0 and not weak.as_pin
    assert "abc" in weak.hint and "легко" in weak.hint
    strong = wave_ffi.passphrase_strength("correct horse battery staple", "en", False, None)
    assert strong.acceptable and strong.score == 4 and strong.guesses_log10 > 10
    with pytest.raises(WaveError.WeakPassphrase):
        new_vault(vault_dir, passphrase="abc")
    assert not WaveVault(vault_dir, None).exists()

    vault = new_vault(vault_dir)
    with pytest.raises(WaveError.WeakPassphrase):
        run(vault.change_passphrase("password1"))
    with pytest.raises(WaveError.WeakPassphrase):
        run(vault.set_duress_passphrase("123456"))
    vault.lock()
    run(vault.unlock("correct horse battery staple"))


def test_errors_speak_the_apps_language(vault_dir):
    vault = new_vault(vault_dir)
    wave_ffi.set_message_language("ru")
    try:
        with pytest.raises(WaveError.WeakPassphrase) as weak:
            run(vault.set_duress_passphrase("123456"))
        with pytest.raises(WaveError.InvalidInput) as bad_id:
            vault.resume_session("not-a-case", "ru")
    finally:
        wave_ffi.set_message_language("en")
    for refused in (weak.value, bad_id.value):
        text = str(refused)
        assert any("а" <= c <= "я" for c in text.lower()), text
    with pytest.raises(WaveError.WeakPassphrase) as english:
        run(vault.set_duress_passphrase("123456"))
    assert not any("а" <= c <= "я" for c in str(english.value).lower())


def test_a_pin_needs_a_keystore_and_a_failure_wipe(vault_dir):
    class Keystore(wave_ffi.PlatformKeystore):
        def secret(self):
            return b"k" * 32

    pin = "583920"
    assert not wave_ffi.passphrase_strength(pin, "en", False, 10).acceptable
    assert not wave_ffi.passphrase_strength(pin, "en", True, None).acceptable
    assert not wave_ffi.passphrase_strength(pin, "en", True, 11).acceptable
    allowed = wave_ffi.passphrase_strength(pin, "uk", True, 10)
    assert allowed.acceptable and allowed.as_pin and "PIN" in allowed.hint

    vault = WaveVault(vault_dir, Keystore())
    with pytest.raises(WaveError.WeakPassphrase):
        run(vault.create(pin, KdfStrength.MINIMUM()))
    run(vault.create(pin, KdfStrength.MINIMUM(), 10))
    assert vault.wipe_after_failures() == 10
    with pytest.raises(WaveError.InvalidInput):
        vault.set_wipe_after_failures(None)
    vault.lock()
    run(vault.unlock(pin))


def test_checklist_languages():
    assert wave_ffi.checklist_languages() == ["en", "ru", "uk", "ro", "ka", "kk", "ky", "be"]


def test_a_session_in_a_language_the_checklist_lacks_is_refused_with_the_list(vault_dir):
    vault = new_vault(vault_dir)
    with pytest.raises(WaveError.InvalidInput) as refused:
        vault.start_session("de")
    assert '"de"' in str(refused.value)
    assert ", ".join(wave_ffi.checklist_languages()) in str(refused.value)
    for language in wave_ffi.checklist_languages():
        assert vault.start_session(language).language() == language


# Lock and wipe never wait for sync; observers may call the vault; exit never crashes.

PATIENT = wave_ffi.SyncSettings(max_attempts=1, timeout_ms=600_000)


def enrolled_with_cases(server, proxy, vault_dir, cases):
    vault = new_vault(vault_dir)
    for _ in range(cases):
        record_checklist(vault)
    device_id = run(vault.enroll(server.enrollment_string(proxy.url), None, None))
    return vault, device_id


async def stalled_sync(vault, proxy, stop):
    """Starts a sync that hangs at `proxy`, checks the vault answers meanwhile, then calls `stop`
    (lock or wipe); returns how long `stop` took. The sync must end with VaultLocked."""
    task = asyncio.ensure_future(vault.sync_now(None, PATIENT))
    loop = asyncio.get_running_loop()
    assert await loop.run_in_executor(None, proxy.stalled.wait, 30), "the sync never got stuck"
    started = time.monotonic()
    assert vault.sync_status().pending > 0
    assert len(vault.list_cases()) > 0
    assert time.monotonic() - started < 1, "the vault did not answer during the sync"
    started = time.monotonic()
    stop()
    took = time.monotonic() - started
    with pytest.raises(WaveError.VaultLocked):
        await asyncio.wait_for(task, 5)
    return took


def test_lock_stops_a_stalled_sync_and_nothing_is_lost_or_doubled(server, stalling_proxy, vault_dir):
    vault, device_id = enrolled_with_cases(server, stalling_proxy, vault_dir, 3)
    # The server stores the batch, but its answer never reaches the device.
    stalling_proxy.stall("after")
    took = run(stalled_sync(vault, stalling_proxy, vault.lock))
    assert took < 1, f"lock took {took:.2f} s"
    assert not vault.is_unlocked()
    assert len(server.submissions_of(device_id)) == 3

    stalling_proxy.stall("pass")
    run(vault.unlock("correct horse battery staple"))
    assert vault.sync_status().pending == 3, "nothing acknowledged may be recorded as sent"
    report = run(vault.sync_now(None, None))
    assert (report.sent, report.duplicates, report.pending, report.error) == (3, 3, 0, None)
    ids = server.submissions_of(device_id)
    assert len(ids) == len(set(ids)) == 3


def test_wipe_stops_a_stalled_sync_and_the_key_is_gone(server, stalling_proxy, vault_dir):
    vault, _ = enrolled_with_cases(server, stalling_proxy, vault_dir, 1)
    stalling_proxy.stall("before")
    took = run(stalled_sync(vault, stalling_proxy, vault.wipe))
    assert took < 1, f"wipe took {took:.2f} s"
    assert not os.path.exists(os.path.join(vault_dir, "key"))
    assert not vault.exists()
    assert not os.path.exists(vault_dir) or os.listdir(vault_dir) == []


def test_an_observer_may_call_the_vault(server, vault_dir):
    vault = new_vault(vault_dir)
    case_id, _, _ = record_checklist(vault)
    run(vault.enroll(server.enrollment_string(), None, None))

    class Calling(wave_ffi.SyncObserver):
        def __init__(self):
            self.seen = []

        def progress(self, done, total):
            self.seen.append(("progress", vault.sync_status().pending, len(vault.list_cases())))

        def case_state(self, case_id, state):
            self.seen.append(("state", [r.state for r in vault.case_sync_states("en")]))

    observer = Calling()
    report = run(asyncio.wait_for(vault.sync_now(observer, None), 30))
    assert report.sent == 1
    # Called once the answer was recorded: the vault already says "sent".
    assert observer.seen == [
        ("state", [wave_ffi.CaseSyncState.SENT()]),
        ("progress", 0, 1),
    ], observer.seen


EXIT_SCRIPT = """
import asyncio, sys, wave_ffi
vault = wave_ffi.WaveVault(sys.argv[1], None)
asyncio.run(vault.unlock("correct horse battery staple"))
vault.lock()
"""


def test_exit_right_after_an_async_call_never_crashes(vault_dir):
    new_vault(vault_dir).lock()
    crashes = []
    for run_number in range(100):
        finished = subprocess.run(
            [sys.executable, "-c", EXIT_SCRIPT, vault_dir], capture_output=True, text=True
        )
        if finished.returncode != 0:
            crashes.append((run_number, finished.returncode, finished.stderr[-200:]))
    assert crashes == [], crashes
