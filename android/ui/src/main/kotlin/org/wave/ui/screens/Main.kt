//! The screens of an open vault besides the checklist: home (four groups, the sync line, the
//! actions), enrollment (paste or scan, confirm, done) and settings.
package org.wave.ui.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import java.time.Instant
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.util.Locale
import kotlinx.coroutines.launch
import org.wave.ui.model.APP_LANGUAGES
import org.wave.ui.model.Camouflage
import org.wave.ui.model.EnrollModel
import org.wave.ui.model.EnrollState
import org.wave.ui.model.EnrollStep
import org.wave.ui.model.Group
import org.wave.ui.model.HomeModel
import org.wave.ui.model.HomeRecord
import org.wave.ui.model.HomeState
import org.wave.ui.model.LOCK_DELAYS_MS
import org.wave.ui.model.PassphraseForm
import org.wave.ui.model.SettingsModel
import org.wave.ui.model.SettingsState
import org.wave.ui.model.SyncLine
import org.wave.ui.model.WIPE_CHOICES

/** A time as she reads it, in the app's language and the phone's zone. */
@Composable
fun when_(ms: Long): String {
    val language = LocalTexts.current.language
    return DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.forLanguageTag(language))
        .format(Instant.ofEpochMilli(ms).atZone(ZoneId.systemDefault()))
}

class HomeActions(
    val newRecord: () -> Unit = {},
    val open: (HomeRecord) -> Unit = {},
    val correct: (HomeRecord) -> Unit = {},
    val sendNow: () -> Unit = {},
    val connect: () -> Unit = {},
    val settings: () -> Unit = {},
)

@Composable
fun HomeRoute(model: HomeModel, onReadAloud: (String) -> Unit) {
    val state by model.state.collectAsState()
    val scope = LocalActionScope.current
    LaunchedEffect(model) { if (model.needsRefresh()) model.refresh() }
    HomeScreen(
        state,
        HomeActions(
            newRecord = { scope.launch { model.newRecord() } },
            open = { scope.launch { model.open(it) } },
            correct = { scope.launch { model.correct(it) } },
            sendNow = { scope.launch { model.sendNow() } },
            connect = model::connect,
            settings = model::settings,
        ),
        onReadAloud,
    )
}

@Composable
private fun syncLine(state: HomeState): String = when (state.line) {
    SyncLine.SENT_ALL -> tr("sync_sent_all", state.lastSuccessAtMs?.let { when_(it) } ?: "")
    SyncLine.NOTHING_YET -> tr("sync_nothing_yet")
    SyncLine.WAITING -> tr("sync_waiting")
    SyncLine.NOT_ENROLLED -> tr("sync_not_enrolled")
    SyncLine.KEY_MISMATCH -> tr("sync_key_mismatch")
}

@Composable
fun HomeScreen(state: HomeState, actions: HomeActions, onReadAloud: (String) -> Unit) {
    val title = tr("home_title")
    val line = syncLine(state)
    val empty = tr("home_empty")
    Frame({ onReadAloud(if (state.empty) "$title. $empty" else "$title. $line") }) {
        Heading(title)
        Primary(tr("home_new"), actions.newRecord)
        if (state.empty) WText(empty)
        if (state.failed) Notice(tr("error_generic"), warning = true)
        for ((group, key) in listOf(
            Group.DRAFTS to "group_drafts",
            Group.WAITING to "group_waiting",
            Group.SENT to "group_sent",
            Group.REJECTED to "group_rejected",
        )) {
            val records = state.group(group)
            if (records.isEmpty()) continue
            WText(tr(key), style = MaterialTheme.typography.titleMedium)
            for (record in records) RecordCard(record, actions)
        }
        if (state.loaded && !state.empty || state.enrolled) {
            HorizontalDivider()
            Notice(line)
            if (state.enrolled) Muted(tr("sync_while_open"))
        }
        if (state.sending) {
            Muted(tr("sending"))
            CircularProgressIndicator()
        } else if (state.canSend) {
            Secondary(tr("send_now"), actions.sendNow)
        }
        if (!state.enrolled) Secondary(tr("connect"), actions.connect)
        Secondary(tr("settings"), actions.settings)
    }
}

@Composable
private fun RecordCard(record: HomeRecord, actions: HomeActions) {
    val name = record.title.ifBlank { tr("record_untitled", when_(record.updatedAtMs)) }
    val clickable = record.group == Group.DRAFTS
    Card(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).let {
            if (clickable) it.clickable(role = Role.Button) { actions.open(record) } else it
        },
    ) {
        Column(Modifier.padding(12.dp)) {
            WText(name, style = MaterialTheme.typography.titleSmall)
            if (record.title.isNotBlank()) Muted(when_(record.updatedAtMs))
            if (clickable) WText(tr("record_continue"), color = MaterialTheme.colorScheme.primary)
            record.reason?.let { Muted(tr("rejected_reason", it)) }
            if (record.group == Group.REJECTED) Secondary(tr("correct_resend"), { actions.correct(record) })
        }
    }
}

class EnrollActions(
    val code: (String) -> Unit = {},
    val check: () -> Unit = {},
    val scan: (() -> Unit)? = null,
    val connect: () -> Unit = {},
    val cancel: () -> Unit = {},
    val done: () -> Unit = {},
)

@Composable
fun EnrollRoute(model: EnrollModel, onScan: (() -> Unit)?, onBack: () -> Unit, onReadAloud: (String) -> Unit) {
    val state by model.state.collectAsState()
    val scope = LocalActionScope.current
    EnrollScreen(
        state,
        EnrollActions(
            code = model::codeChanged,
            check = { scope.launch { model.check() } },
            scan = onScan,
            connect = { scope.launch { model.connect() } },
            cancel = model::cancel,
            done = { scope.launch { model.done() } },
        ),
        onBack,
        onReadAloud,
    )
}

@Composable
fun EnrollScreen(state: EnrollState, actions: EnrollActions, onBack: () -> Unit, onReadAloud: (String) -> Unit) {
    val title = tr("enroll_title")
    val explain = tr("enroll_explain")
    Frame({ onReadAloud("$title. $explain") }, onBack) {
        Heading(title)
        when (state.step) {
            EnrollStep.ENTRY -> {
                WText(explain)
                Field(state.code, actions.code, tr("enroll_field"), singleLine = false)
                state.problem?.let { Notice(tr(it.key), warning = true) }
                Primary(tr("enroll_check"), actions.check, enabled = state.code.isNotBlank())
                actions.scan?.let { Secondary(tr("enroll_scan"), it) }
            }
            EnrollStep.CONFIRM, EnrollStep.CONNECTING -> {
                val preview = state.preview
                WText(tr("enroll_confirm_title"), style = MaterialTheme.typography.titleMedium)
                if (preview != null) {
                    WText(tr("enroll_server", preview.server))
                    WText(tr("enroll_keys", preview.recipients.toInt()))
                    if (preview.pinned) Muted(tr("enroll_pinned"))
                }
                state.problem?.let { Notice(tr(it.key), warning = true) }
                if (state.step == EnrollStep.CONNECTING) {
                    Muted(tr("enroll_connecting"))
                    CircularProgressIndicator()
                } else {
                    Primary(tr("enroll_connect"), actions.connect)
                    Secondary(tr("cancel"), actions.cancel)
                }
            }
            EnrollStep.DONE -> {
                Notice(tr("enroll_done"))
                Primary(tr("done"), actions.done)
            }
        }
    }
}

class SettingsActions(
    val open: (PassphraseForm) -> Unit = {},
    val close: () -> Unit = {},
    val first: (String) -> Unit = {},
    val repeat: (String) -> Unit = {},
    val save: () -> Unit = {},
    val wipe: (Int?) -> Unit = {},
    val language: (String) -> Unit = {},
    val lockDelay: (Long) -> Unit = {},
    val camouflage: (Camouflage) -> Unit = {},
    val askPanic: () -> Unit = {},
    val cancelPanic: () -> Unit = {},
    val panic: () -> Unit = {},
)

@Composable
fun SettingsRoute(model: SettingsModel, onBack: () -> Unit, onReadAloud: (String) -> Unit) {
    val state by model.state.collectAsState()
    val scope = LocalActionScope.current
    SettingsScreen(
        state,
        SettingsActions(
            open = model::open,
            close = model::closeForm,
            first = { scope.launch { model.firstChanged(it) } },
            repeat = model::repeatChanged,
            save = { scope.launch { model.save() } },
            wipe = { scope.launch { model.setWipe(it) } },
            language = model::setLanguage,
            lockDelay = model::setLockDelay,
            camouflage = model::setCamouflage,
            askPanic = model::askPanic,
            cancelPanic = model::cancelPanic,
            panic = { scope.launch { model.panicWipe() } },
        ),
        onBack,
        onReadAloud,
    )
}

@Composable
fun SettingsScreen(state: SettingsState, actions: SettingsActions, onBack: () -> Unit, onReadAloud: (String) -> Unit) {
    val title = tr("settings_title")
    Frame({ onReadAloud(title) }, onBack) {
        Heading(title)
        // The panic wipe first: quick to reach, one confirmation.
        if (state.confirmPanic) {
            Notice(tr("panic_confirm"), warning = true)
            Destructive(tr("panic_yes"), actions.panic)
            Secondary(tr("cancel"), actions.cancelPanic)
        } else {
            Secondary(tr("panic"), actions.askPanic)
        }
        state.notice?.let { Notice(tr(it), warning = it != "saved") }
        state.coreMessage?.let { Notice(it, warning = true) }
        HorizontalDivider()
        val form = state.form
        if (form == null) {
            Secondary(tr("change_passphrase"), { actions.open(PassphraseForm.NEW_PASSPHRASE) })
            WText(tr("duress_setting"), style = MaterialTheme.typography.titleSmall)
            Secondary(tr("duress_setting_action"), { actions.open(PassphraseForm.DURESS) })
        } else {
            val first = if (form == PassphraseForm.DURESS) "duress_field" else "new_passphrase"
            val repeat = if (form == PassphraseForm.DURESS) "duress_repeat" else "new_passphrase_repeat"
            WText(tr(if (form == PassphraseForm.DURESS) "duress_setting" else "change_passphrase"), style = MaterialTheme.typography.titleSmall)
            if (form == PassphraseForm.DURESS) Muted(tr("duress_explain"))
            Field(state.first, actions.first, tr(first), secret = true)
            state.strength?.let { if (!it.acceptable && it.hint.isNotBlank()) Muted(it.hint) }
            Field(state.repeat, actions.repeat, tr(repeat), secret = true)
            Primary(tr("save"), actions.save, enabled = state.canSave)
            Secondary(tr("cancel"), actions.close)
        }
        HorizontalDivider()
        WText(tr("wipe_title"), style = MaterialTheme.typography.titleSmall)
        for (choice in WIPE_CHOICES) {
            RadioRow(if (choice == null) tr("wipe_off") else tr("wipe_after", choice), state.wipeAfter == choice, { actions.wipe(choice) })
        }
        HorizontalDivider()
        WText(tr("language"), style = MaterialTheme.typography.titleSmall)
        for (language in APP_LANGUAGES) RadioRow(tr("lang_$language"), state.language == language, { actions.language(language) })
        HorizontalDivider()
        WText(tr("lock_delay"), style = MaterialTheme.typography.titleSmall)
        for ((ms, key) in LOCK_DELAYS_MS.zip(listOf("lock_now", "lock_1m", "lock_5m"))) {
            RadioRow(tr(key), state.lockDelayMs == ms, { actions.lockDelay(ms) })
        }
        HorizontalDivider()
        WText(tr("camouflage"), style = MaterialTheme.typography.titleSmall)
        Muted(tr("camouflage_explain"))
        for ((camouflage, key) in listOf(Camouflage.WAVE to "camo_wave", Camouflage.CALCULATOR to "camo_calculator", Camouflage.NOTES to "camo_notes")) {
            RadioRow(tr(key), state.camouflage == camouflage, { actions.camouflage(camouflage) })
        }
    }
}
