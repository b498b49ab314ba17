//! Drives the state holders the way the screens do: the first-run steps, and the checklist
//! question by question through the controls' drafts, collecting what was shown.
package org.wave.ui

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assertions.fail
import org.wave.core.ItemKind
import org.wave.core.QuestionRecord
import org.wave.ui.model.ChecklistModel
import org.wave.ui.model.ChecklistView
import org.wave.ui.model.HomeModel
import org.wave.ui.model.Media
import org.wave.ui.model.Screen
import org.wave.ui.model.WaveApp
import org.wave.ui.model.WelcomeStep

/** First run through the welcome screens; returns the home screen's holder. */
suspend fun firstRun(app: WaveApp, passphrase: String = PASSPHRASE, duress: String? = null, wipeAfter: Int? = null): HomeModel {
    val welcome = (app.screen.value as? Screen.Welcome)?.model ?: fail("not on the welcome screen: ${app.screen.value}")
    welcome.setUp()
    welcome.passphraseChanged(passphrase)
    welcome.repeatChanged(passphrase)
    assertTrue(welcome.state.value.canContinue, "${welcome.state.value.strength}")
    welcome.continueFromPassphrase()
    assertEquals(WelcomeStep.DURESS, welcome.state.value.step)
    if (duress == null) {
        welcome.skipDuress()
    } else {
        welcome.duressChanged(duress)
        welcome.duressRepeatChanged(duress)
        welcome.setDuress()
    }
    assertEquals(WelcomeStep.WIPE, welcome.state.value.step, "${welcome.state.value.problem}")
    welcome.chooseWipe(wipeAfter)
    welcome.create()
    return home(app)
}

fun home(app: WaveApp): HomeModel = (app.screen.value as? Screen.Home)?.model ?: fail("not on the home screen: ${app.screen.value}")

fun checklist(app: WaveApp): ChecklistModel =
    (app.screen.value as? Screen.Checklist)?.model ?: fail("not on the checklist: ${app.screen.value}")

class Walk(val questions: MutableList<QuestionRecord> = mutableListOf(), val sections: MutableList<String> = mutableListOf())

/**
 * Answers questions through the drafts until `stopAt` is showing (or the review screen). One
 * entry in each repeated group, one photo on the first attachment question.
 */
suspend fun walk(
    model: ChecklistModel,
    stopAt: String? = null,
    withAttachment: Boolean = true,
    walk: Walk = Walk(),
    stopAtKind: ItemKind? = null,
): Walk {
    val repeats = mutableSetOf<String>()
    var attached = false
    while (true) {
        val view = model.view.value
        if (view !is ChecklistView.Asking) return walk
        val question = view.question
        if (question.id == stopAt || question.kind == stopAtKind) return walk
        walk.questions.add(question)
        if (question.sectionId !in walk.sections) walk.sections.add(question.sectionId)
        when (question.kind) {
            ItemKind.REPEAT -> model.repeat(repeats.add(question.id))
            ItemKind.ATTACHMENT -> {
                if (withAttachment && !attached && Media.PHOTO.value in question.media) {
                    model.addAttachment(Media.PHOTO)
                    attached = true
                }
                model.next()
            }
            else -> {
                model.edit { fill(question, it) }
                model.next()
            }
        }
        val after = model.view.value
        if (after is ChecklistView.Asking && after.invalid != null) fail<Unit>("${question.id}: ${after.invalid}")
        if (after is ChecklistView.Stopped || after is ChecklistView.Failed) fail<Unit>("${question.id}: $after")
        assertTrue(walk.questions.size < 1000, "the checklist does not end")
    }
}
