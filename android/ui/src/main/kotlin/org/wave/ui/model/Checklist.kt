//! The guided checklist's state holder: one question at a time from the core's session, the
//! control's draft, the core's refusals, back, jump to a section, repeated entries, attachments,
//! review, finish, and the safety gate's stop. Every answer is durable before the next question
//! is shown: the state changes only after the core's `answer` has returned.
package org.wave.ui.model

import java.io.File
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import org.wave.core.AnswerOutcome
import org.wave.core.AttachmentRecord
import org.wave.core.FinishOutcome
import org.wave.core.GuidedSession
import org.wave.core.ItemKind
import org.wave.core.ProblemRecord
import org.wave.core.QuestionRecord
import org.wave.core.ReviewSectionRecord
import org.wave.core.WaveException

sealed interface ChecklistView {
    data object Loading : ChecklistView

    data class Asking(
        val question: QuestionRecord,
        val draft: Draft,
        /** The core's message for a refused answer, in the checklist's language. */
        val invalid: String? = null,
        val helpOpen: Boolean = false,
        /** The sections to jump to, while the list is open. */
        val sections: List<ReviewSectionRecord>? = null,
        val attachments: List<AttachmentRecord> = emptyList(),
        /** The repeated entry waiting for "Remove"'s confirmation. */
        val confirmRemove: Int? = null,
        /** The attachment waiting for "Remove"'s confirmation. */
        val confirmAttachment: String? = null,
        val busy: Boolean = false,
    ) : ChecklistView

    data class Review(
        val sections: List<ReviewSectionRecord>,
        val problems: List<ProblemRecord>,
    ) : ChecklistView

    /** The form's own message; `stored` false means nothing was written (the safety gate). */
    data class Stopped(val message: String, val stored: Boolean, val confirmDelete: Boolean = false) : ChecklistView

    data class Finished(val dropped: Int, val enrolled: Boolean) : ChecklistView

    /** The vault could not be read or written; what was acknowledged is safe. */
    data object Failed : ChecklistView
}

class ChecklistModel(private val app: WaveApp, startCase: String?) {
    private val _view = MutableStateFlow<ChecklistView>(ChecklistView.Loading)
    val view: StateFlow<ChecklistView> = _view.asStateFlow()

    private var session: GuidedSession? = null
    private var resumeCase: String? = startCase

    /** The case being recorded (null until the answers that create it). */
    val caseId: String? get() = session?.caseId() ?: resumeCase

    val language: String get() = session?.language() ?: app.checklistLanguage()

    suspend fun start() {
        val next = step {
            val language = app.checklistLanguage()
            val opened = resumeCase?.let { app.vault.resumeSession(it, language) } ?: app.vault.startSession(language)
            session = opened
            opened.current()?.let { asking(it) } ?: review()
        }
        _view.value = next
    }

    private fun asking(question: QuestionRecord): ChecklistView.Asking {
        val draft = Draft.from(question)
        return ChecklistView.Asking(question, draft, attachments = attachmentsFor(question, draft))
    }

    private fun attachmentsFor(question: QuestionRecord, draft: Draft): List<AttachmentRecord> {
        if (question.kind != ItemKind.ATTACHMENT || draft.attachments.isEmpty()) return emptyList()
        val case = caseId ?: return emptyList()
        return app.vault.listAttachments(case).filter { it.id in draft.attachments }
    }

    private fun review(): ChecklistView.Review {
        val s = session ?: throw IllegalStateException("no session")
        return ChecklistView.Review(s.review(), s.problems())
    }

    fun edit(change: (Draft) -> Draft) {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(draft = change(view.draft), invalid = null)
    }

    fun toggleHelp() {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(helpOpen = !view.helpOpen)
    }

    suspend fun next() {
        val view = _view.value as? ChecklistView.Asking ?: return
        answer(view, view.draft.toJson(view.question))
    }

    /** A repeated group's question: add an entry, or no more. */
    suspend fun repeat(add: Boolean) {
        val view = _view.value as? ChecklistView.Asking ?: return
        if (view.question.kind != ItemKind.REPEAT) return
        answer(view, Json.write(add))
    }

    private suspend fun answer(view: ChecklistView.Asking, json: String) {
        if (view.busy) return
        _view.value = view.copy(busy = true)
        val next = step {
            val s = session ?: return@step ChecklistView.Failed
            when (val outcome = s.answer(json)) {
                is AnswerOutcome.Next -> asking(outcome.question)
                is AnswerOutcome.Invalid -> view.copy(invalid = outcome.message, busy = false)
                is AnswerOutcome.Stopped -> ChecklistView.Stopped(outcome.message, outcome.stored)
                AnswerOutcome.End -> review()
            }
        }
        _view.value = next
    }

    /** Back one question; false when there is none before (the app then goes home). */
    suspend fun back(): Boolean {
        return when (val view = _view.value) {
            is ChecklistView.Asking -> {
                if (view.sections != null || view.confirmRemove != null) {
                    _view.value = view.copy(sections = null, confirmRemove = null)
                    return true
                }
                // Loading stands for "nothing before": the first question goes home.
                val previous = step { session?.back()?.let { asking(it) } ?: ChecklistView.Loading }
                if (previous == ChecklistView.Loading) return false
                _view.value = previous
                true
            }
            is ChecklistView.Review -> {
                // Loading stands for "nothing before": the first question goes home.
                val previous = step { session?.back()?.let { asking(it) } ?: ChecklistView.Loading }
                if (previous == ChecklistView.Loading) return false
                _view.value = previous
                true
            }
            is ChecklistView.Stopped -> if (view.confirmDelete) {
                _view.value = view.copy(confirmDelete = false)
                true
            } else {
                false
            }
            else -> false
        }
    }

    suspend fun openSections() {
        val view = _view.value as? ChecklistView.Asking ?: return
        val sections = try {
            io { session?.review() }
        } catch (e: WaveException) {
            null
        } ?: return
        _view.value = view.copy(sections = sections)
    }

    fun closeSections() {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(sections = null)
    }

    suspend fun jump(sectionId: String) {
        val next = step {
            val s = session ?: return@step ChecklistView.Failed
            asking(s.jump(sectionId))
        }
        _view.value = next
    }

    /** A review item or problem: back to the section it is in. */
    suspend fun goTo(itemId: String) {
        val view = _view.value as? ChecklistView.Review ?: return
        val section = view.sections.firstOrNull { s -> s.items.any { it.id == itemId } }?.id ?: return
        jump(section)
    }

    fun askRemove(instance: Int) {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(confirmRemove = instance)
    }

    fun cancelRemove() {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(confirmRemove = null)
    }

    suspend fun confirmRemove() {
        val view = _view.value as? ChecklistView.Asking ?: return
        val instance = view.confirmRemove ?: return
        val repeatId = view.question.repeat?.repeatId ?: view.question.id
        val next = step {
            val s = session ?: return@step ChecklistView.Failed
            s.removeEntry(repeatId, instance.toUInt())
            s.current()?.let { asking(it) } ?: review()
        }
        _view.value = next
    }

    /** Captures through the platform into app-private storage, streams the file into the
     *  vault, and deletes the temporary file whatever happened. */
    suspend fun addAttachment(media: Media) {
        if (_view.value !is ChecklistView.Asking) return
        val case = caseId ?: return
        val captured = app.platform.capture(media) ?: return
        val added = try {
            app.vault.addAttachment(case, captured.path, captured.fileName, captured.mediaType)
        } catch (e: WaveException) {
            null
        } finally {
            withContext(app.io) { File(captured.path).delete() }
        }
        val current = _view.value as? ChecklistView.Asking ?: return
        if (added == null) {
            _view.value = current.copy(invalid = null)
            return
        }
        _view.value = current.copy(
            draft = current.draft.copy(attachments = current.draft.attachments + added.id),
            attachments = current.attachments + added,
        )
    }

    fun askRemoveAttachment(id: String) {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(confirmAttachment = id)
    }

    fun cancelRemoveAttachment() {
        val view = _view.value as? ChecklistView.Asking ?: return
        _view.value = view.copy(confirmAttachment = null)
    }

    /** Removes the attachment whose removal was confirmed. */
    suspend fun removeAttachment(id: String) {
        val view = _view.value as? ChecklistView.Asking ?: return
        if (view.confirmAttachment != id) return
        val case = caseId ?: return
        val removed = try {
            io { app.vault.deleteAttachment(case, id) }
            true
        } catch (e: WaveException) {
            false
        }
        if (!removed) return
        _view.value = view.copy(
            draft = view.draft.copy(attachments = view.draft.attachments - id),
            attachments = view.attachments.filterNot { it.id == id },
            confirmAttachment = null,
        )
    }

    suspend fun finish() {
        val next = step {
            val s = session ?: return@step ChecklistView.Failed
            when (val outcome = s.finish()) {
                is FinishOutcome.Finished -> {
                    val enrolled = runCatching { app.vault.syncStatus().enrolled }.getOrDefault(false)
                    ChecklistView.Finished(outcome.dropped.toInt(), enrolled)
                }
                is FinishOutcome.Problems -> ChecklistView.Review(s.review(), outcome.problems)
            }
        }
        _view.value = next
        if (next is ChecklistView.Finished && next.enrolled) app.platform.requestSync()
    }

    fun askDelete() {
        val view = _view.value as? ChecklistView.Stopped ?: return
        if (view.stored) _view.value = view.copy(confirmDelete = true)
    }

    suspend fun confirmDelete() {
        val view = _view.value as? ChecklistView.Stopped ?: return
        if (!view.confirmDelete) return
        val case = caseId
        if (case != null) {
            try {
                io { app.vault.deleteCase(case) }
            } catch (e: WaveException) {
                _view.value = ChecklistView.Failed
                return
            }
        }
        app.home()
    }

    /** Done, keep as draft, back to start: all go home. */
    suspend fun close() = app.home()

    /** What "Read aloud" says for the current screen, in the checklist's language. */
    fun spokenText(): String? = when (val view = _view.value) {
        is ChecklistView.Asking -> buildList {
            add(view.question.label)
            view.question.choices.forEach { add(it.label) }
            view.question.help?.let(::add)
        }.joinToString(". ")
        is ChecklistView.Stopped -> view.message
        else -> null
    }

    fun readAloud() {
        spokenText()?.let { app.platform.speak(it, language) }
    }

    /** A vault call off the main thread. */
    private suspend fun <T> io(block: () -> T): T = withContext(app.io) { block() }

    /** A step that yields the next view; a refusal from the vault (locked, storage) becomes the
     *  Failed view, never a crash: what the core acknowledged is already safe. */
    private suspend fun step(block: () -> ChecklistView): ChecklistView = try {
        withContext(app.io) { block() }
    } catch (e: WaveException) {
        ChecklistView.Failed
    }
}
