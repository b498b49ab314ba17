//! The guided checklist's screens: one question with the control for its kind, help, progress,
//! sections, back and next (buttons, never swipes); repeated entries; attachments; the core's
//! refusal under the control; review; finished; and the form's stop message.
package org.wave.ui.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.launch
import org.wave.core.AttachmentRecord
import org.wave.core.ItemKind
import org.wave.core.QuestionRecord
import org.wave.ui.model.ChecklistModel
import org.wave.ui.model.ChecklistView
import org.wave.ui.model.Draft
import org.wave.ui.model.Media
import org.wave.ui.model.fileSize

class ChecklistActions(
    val edit: ((Draft) -> Draft) -> Unit = {},
    val next: () -> Unit = {},
    val back: () -> Unit = {},
    val repeat: (Boolean) -> Unit = {},
    val help: () -> Unit = {},
    val sections: () -> Unit = {},
    val closeSections: () -> Unit = {},
    val jump: (String) -> Unit = {},
    val goTo: (String) -> Unit = {},
    val askRemove: (Int) -> Unit = {},
    val cancelRemove: () -> Unit = {},
    val confirmRemove: () -> Unit = {},
    val attach: (Media) -> Unit = {},
    val askRemoveAttachment: (String) -> Unit = {},
    val cancelRemoveAttachment: () -> Unit = {},
    val removeAttachment: (String) -> Unit = {},
    /** Asks for location permission (with the reason shown first) and fills the draft. */
    val locate: (() -> Unit)? = null,
    val finish: () -> Unit = {},
    val close: () -> Unit = {},
    val askDelete: () -> Unit = {},
    val confirmDelete: () -> Unit = {},
    val readAloud: () -> Unit = {},
)

@Composable
fun ChecklistRoute(model: ChecklistModel, onLocate: (((Double, Double, Double?) -> Unit) -> Unit)?, onBack: () -> Unit) {
    val view by model.view.collectAsState()
    val scope = LocalActionScope.current
    ChecklistScreen(
        view,
        ChecklistActions(
            edit = model::edit,
            next = { scope.launch { model.next() } },
            back = onBack,
            repeat = { scope.launch { model.repeat(it) } },
            help = model::toggleHelp,
            sections = { scope.launch { model.openSections() } },
            closeSections = model::closeSections,
            jump = { scope.launch { model.jump(it) } },
            goTo = { scope.launch { model.goTo(it) } },
            askRemove = model::askRemove,
            cancelRemove = model::cancelRemove,
            confirmRemove = { scope.launch { model.confirmRemove() } },
            attach = { scope.launch { model.addAttachment(it) } },
            askRemoveAttachment = model::askRemoveAttachment,
            cancelRemoveAttachment = model::cancelRemoveAttachment,
            removeAttachment = { scope.launch { model.removeAttachment(it) } },
            locate = onLocate?.let { locate ->
                { locate { lat, lon, accuracy -> model.edit { it.copy(lat = lat, lon = lon, accuracyM = accuracy) } } }
            },
            finish = { scope.launch { model.finish() } },
            close = { scope.launch { model.close() } },
            askDelete = model::askDelete,
            confirmDelete = { scope.launch { model.confirmDelete() } },
            readAloud = model::readAloud,
        ),
    )
}

@Composable
fun ChecklistScreen(view: ChecklistView, actions: ChecklistActions) {
    when (view) {
        ChecklistView.Loading -> Frame(actions.readAloud) { CircularProgressIndicator() }
        is ChecklistView.Asking -> Asking(view, actions)
        is ChecklistView.Review -> Review(view, actions)
        is ChecklistView.Stopped -> Stopped(view, actions)
        is ChecklistView.Finished -> Frame(actions.readAloud) {
            Heading(tr("finished_title"))
            WText(tr(if (view.enrolled) "finished_enrolled" else "finished_not_enrolled"))
            if (view.dropped > 0) Muted(tr("finished_dropped", view.dropped))
            Primary(tr("done"), actions.close)
        }
        ChecklistView.Failed -> Frame(actions.readAloud, actions.close) {
            Notice(tr("error_generic"), warning = true)
            Primary(tr("done"), actions.close)
        }
    }
}

@Composable
private fun Asking(view: ChecklistView.Asking, actions: ChecklistActions) {
    val q = view.question
    Frame(actions.readAloud, actions.back) {
        val sections = view.sections
        if (sections != null) {
            WText(tr("sections_title"), style = MaterialTheme.typography.titleMedium)
            for (section in sections) Secondary(section.label, { actions.jump(section.id) })
            Secondary(tr("cancel"), actions.closeSections)
            return@Frame
        }
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Column(Modifier.weight(1f)) {
                Muted(q.sectionLabel)
                // A repeated group's own question has no place in the count.
                if (q.number > 0u) Muted(tr("progress", q.number.toInt(), q.total.toInt()))
            }
        }
        LinearProgressIndicator(progress = { q.number.toFloat() / q.total.coerceAtLeast(1u).toFloat() }, modifier = Modifier.fillMaxWidth())
        q.repeat?.takeIf { q.kind != ItemKind.REPEAT }?.let { Muted(tr("repeat_entry", it.entryLabel, it.instance.toInt() + 1)) }
        // An information card can run to a dozen lines: body size keeps it readable and its
        // "Continue" within reach, where a question stays a title.
        val labelStyle = if (q.kind == ItemKind.INFO) MaterialTheme.typography.bodyLarge else MaterialTheme.typography.titleLarge
        WText(q.label, style = labelStyle)
        if (q.help != null) {
            Secondary(tr(if (view.helpOpen) "help_hide" else "help"), actions.help)
            if (view.helpOpen) Notice(q.help!!)
        }
        Control(view, actions)
        view.invalid?.let { Notice(it, warning = true) }
        if (view.busy) CircularProgressIndicator()
        if (q.kind != ItemKind.REPEAT) {
            Primary(tr(if (q.kind == ItemKind.INFO) "continue_" else "next"), actions.next, enabled = !view.busy)
        }
        HorizontalDivider()
        Secondary(tr("sections"), actions.sections)
    }
}

@Composable
private fun Control(view: ChecklistView.Asking, actions: ChecklistActions) {
    val q = view.question
    val d = view.draft
    when (q.kind) {
        ItemKind.SINGLE -> for (choice in q.choices) {
            RadioRow(choice.label, d.choice == choice.value, { actions.edit { it.copy(choice = choice.value) } }, choice.help)
        }
        ItemKind.MULTI -> for (choice in q.choices) {
            CheckRow(choice.label, choice.value in d.choices, { on ->
                actions.edit { if (on) it.copy(choices = it.choices + choice.value) else it.copy(choices = it.choices - choice.value) }
            }, choice.help)
        }
        ItemKind.YESNO -> {
            RadioRow(tr("yes"), d.yes == true, { actions.edit { it.copy(yes = true) } })
            RadioRow(tr("no"), d.yes == false, { actions.edit { it.copy(yes = false) } })
        }
        ItemKind.TEXT -> Field(d.text, { t -> actions.edit { it.copy(text = t) } }, tr("answer_field"))
        ItemKind.LONGTEXT -> Field(d.text, { t -> actions.edit { it.copy(text = t) } }, tr("answer_field"), singleLine = false)
        ItemKind.NUMBER -> Field(d.text, { t -> actions.edit { it.copy(text = t) } }, tr("number_field"), keyboardType = KeyboardType.Number)
        ItemKind.DATE -> DateControl(q, d, actions)
        ItemKind.TIME -> Field(d.text, { t -> actions.edit { it.copy(text = t) } }, tr("time_field"), keyboardType = KeyboardType.Number)
        ItemKind.DURATION -> {
            Field(d.hours, { t -> actions.edit { it.copy(hours = t) } }, tr("duration_hours"), keyboardType = KeyboardType.Number)
            Field(d.minutes, { t -> actions.edit { it.copy(minutes = t) } }, tr("duration_minutes"), keyboardType = KeyboardType.Number)
        }
        ItemKind.LOCATION -> {
            if (d.lat != null && d.lon != null) {
                Notice(tr("location_set", "%.4f".format(d.lat), "%.4f".format(d.lon)))
                Secondary(tr("location_clear"), { actions.edit { it.copy(lat = null, lon = null, accuracyM = null) } })
            } else {
                Muted(tr("location_reason"))
                actions.locate?.let { Secondary(tr("location_here"), it) }
            }
            Muted(tr("location_words"))
        }
        ItemKind.ATTACHMENT -> AttachmentControl(q, view.attachments, view.confirmAttachment, actions)
        ItemKind.INFO -> Unit
        ItemKind.REPEAT -> RepeatControl(view, actions)
    }
}

@Composable
private fun DateControl(q: QuestionRecord, d: Draft, actions: ChecklistActions) {
    val precisions = q.precisions.ifEmpty { listOf("exact") }
    val precision = d.precision ?: precisions.first()
    if (precisions.size > 1) {
        for (p in precisions) RadioRow(tr("precision_$p"), precision == p, { actions.edit { it.copy(precision = p) } })
    }
    if (precision != "month") Field(d.day, { t -> actions.edit { it.copy(day = t, precision = precision) } }, tr("date_day"), keyboardType = KeyboardType.Number)
    Field(d.month, { t -> actions.edit { it.copy(month = t, precision = precision) } }, tr("date_month"), keyboardType = KeyboardType.Number)
    Field(d.year, { t -> actions.edit { it.copy(year = t, precision = precision) } }, tr("date_year"), keyboardType = KeyboardType.Number)
}

@Composable
private fun AttachmentControl(q: QuestionRecord, attachments: List<AttachmentRecord>, confirm: String?, actions: ChecklistActions) {
    Muted(tr("attach_private"))
    if (attachments.isEmpty()) Muted(tr("attach_none"))
    for (a in attachments) {
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(12.dp)) {
                WText(tr("attachment_item", a.fileName ?: a.mediaType, LocalTexts.current.fileSize(a.size.toLong())))
                Muted(when_(a.addedAtMs))
                if (confirm == a.id) {
                    Notice(tr("remove_attachment_confirm"), warning = true)
                    Destructive(tr("remove"), { actions.removeAttachment(a.id) })
                    Secondary(tr("cancel"), actions.cancelRemoveAttachment)
                } else {
                    Secondary(tr("remove"), { actions.askRemoveAttachment(a.id) })
                }
            }
        }
    }
    val media = q.media.mapNotNull(Media::of).ifEmpty { listOf(Media.FILE) }
    // The reason comes before the system's permission prompt, which the first tap brings.
    if (Media.PHOTO in media || Media.VIDEO in media) Muted(tr("camera_reason"))
    if (Media.AUDIO in media) Muted(tr("mic_reason"))
    for (m in media) {
        val key = when (m) {
            Media.PHOTO -> "attach_photo"
            Media.VIDEO -> "attach_video"
            Media.AUDIO -> "attach_audio"
            Media.FILE -> "attach_file"
        }
        Secondary(tr(key), { actions.attach(m) })
    }
}

@Composable
private fun RepeatControl(view: ChecklistView.Asking, actions: ChecklistActions) {
    val repeat = view.question.repeat
    val label = repeat?.entryLabel ?: view.question.label
    val count = repeat?.count?.toInt() ?: 0
    for (i in 0 until count) {
        val name = tr("repeat_entry", label, i + 1)
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(12.dp)) {
                WText(name)
                if (view.confirmRemove == i) {
                    Notice(tr("remove_entry_confirm", name), warning = true)
                    Destructive(tr("remove"), actions.confirmRemove)
                    Secondary(tr("cancel"), actions.cancelRemove)
                } else {
                    Secondary(tr("remove"), { actions.askRemove(i) })
                }
            }
        }
    }
    Primary(tr("repeat_add", label), { actions.repeat(true) }, enabled = !view.busy)
    Primary(tr("repeat_done"), { actions.repeat(false) }, enabled = !view.busy)
}

@Composable
private fun Review(view: ChecklistView.Review, actions: ChecklistActions) {
    Frame(actions.readAloud, actions.back) {
        Heading(tr("review_title"))
        if (view.problems.isNotEmpty()) {
            WText(tr("review_problems"), style = MaterialTheme.typography.titleMedium)
            val labels = view.sections.flatMap { it.items }.associate { it.id to it.label }
            for (p in view.problems) {
                Card(Modifier.fillMaxWidth().heightIn(min = 48.dp).clickable(role = Role.Button) { actions.goTo(p.itemId) }) {
                    Column(Modifier.padding(12.dp)) {
                        labels[p.itemId]?.let { WText(it, style = MaterialTheme.typography.titleSmall) }
                        WText(p.message)
                    }
                }
            }
        }
        Primary(tr("finish"), actions.finish, enabled = view.problems.isEmpty())
        for (section in view.sections) {
            WText(section.label, style = MaterialTheme.typography.titleMedium)
            for (item in section.items) {
                Column(Modifier.fillMaxWidth().heightIn(min = 48.dp).clickable(role = Role.Button) { actions.goTo(item.id) }) {
                    Muted(item.label)
                    WText(item.shown.ifBlank { tr("review_empty_answer") })
                }
            }
        }
    }
}

@Composable
private fun Stopped(view: ChecklistView.Stopped, actions: ChecklistActions) {
    Frame(actions.readAloud) {
        WText(view.message, style = MaterialTheme.typography.titleMedium)
        if (!view.stored) {
            Primary(tr("stopped_back"), actions.close)
        } else if (view.confirmDelete) {
            Notice(tr("delete_confirm"), warning = true)
            Destructive(tr("delete"), actions.confirmDelete)
            Secondary(tr("cancel"), actions.back)
        } else {
            Secondary(tr("stopped_delete"), actions.askDelete)
            Primary(tr("stopped_keep"), actions.close)
        }
    }
}
