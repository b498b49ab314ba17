// Shared helpers: a fresh vault with the fast test KDF, and a walk through the whole
// police-violence checklist that answers every question the way a person would through a shell:
// fixed answers where the tests look at the follow-ups (consent, the kinds of violence), one
// entry in each repeated group, and a plausible answer of the right shape everywhere else.
package org.wave.core.tests

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assertions.fail
import org.wave.core.AnswerOutcome
import org.wave.core.FinishOutcome
import org.wave.core.ItemKind
import org.wave.core.KdfStrength
import org.wave.core.PlatformKeystore
import org.wave.core.QuestionRecord
import org.wave.core.WaveVault

const val PASSPHRASE = "correct horse battery"
const val DURESS = "duress words: copper kettle meadow"

fun newVault(dir: String, passphrase: String = PASSPHRASE, keystore: PlatformKeystore? = null): WaveVault =
    WaveVault(dir, keystore).also { runBlocking { it.create(passphrase, KdfStrength.Minimum) } }

/** Threats, beating and detention: each opens its own follow-up section. */
val VIOLATIONS = listOf("v_threat", "v_phys", "v_detain")

val FIXED: Map<String, Any?> = mapOf(
    "safe_now" to "safe",
    "urgent_needs" to listOf("none"),
    "agree_to_talk" to true,
    "consent_store" to true,
    // Consent to a lawyer asks for a real name; consent to recontact asks how.
    "consent_lawyer" to true,
    "consent_recontact" to true,
    "consent_audio" to false,
    "recorded_by" to "self",
    "code_name" to "Ромашка",
    "country" to "ua",
    "violations" to VIOLATIONS,
    "witnesses_present" to "yes",
)

/** An answer of the right shape for any question. */
fun autoAnswer(question: QuestionRecord, repeatsAdded: MutableSet<String>): Any? {
    FIXED[question.id]?.let { return it }
    val first = question.choices.firstOrNull()?.value ?: ""
    return when (question.kind) {
        ItemKind.SINGLE -> first
        ItemKind.MULTI -> listOf(first)
        ItemKind.YESNO -> true
        ItemKind.TEXT -> "текст ${question.id}"
        ItemKind.LONGTEXT -> "подробный рассказ ${question.id}"
        ItemKind.NUMBER -> 2
        ItemKind.DATE -> mapOf("value" to "2026-03-14", "precision" to "exact")
        ItemKind.TIME -> "21:30"
        ItemKind.DURATION -> 45
        ItemKind.LOCATION -> mapOf("lat" to 46.48, "lon" to 30.72)
        ItemKind.ATTACHMENT -> null
        ItemKind.INFO -> true
        // One entry in each repeated group (an officer, a witness), then move on.
        ItemKind.REPEAT -> repeatsAdded.add(question.id)
    }
}

class Recorded(
    val caseId: String,
    val sections: List<String>,
    val questions: List<QuestionRecord>,
)

/** Walks the whole checklist in `language`, finishes it, and returns what was seen. */
fun recordChecklist(vault: WaveVault, language: String = "ru"): Recorded {
    val session = vault.startSession(language)
    val sections = mutableListOf<String>()
    val questions = mutableListOf<QuestionRecord>()
    val repeatsAdded = mutableSetOf<String>()
    var question = session.current()
    while (question != null) {
        questions.add(question)
        if (question.sectionId !in sections) sections.add(question.sectionId)
        question = when (val outcome = session.answer(Json.write(autoAnswer(question, repeatsAdded)))) {
            is AnswerOutcome.Next -> outcome.question
            AnswerOutcome.End -> null
            else -> fail("${question.id}: $outcome")
        }
        assertTrue(questions.size < 1000, "the checklist does not end")
    }
    assertEquals(emptyList<Any>(), session.problems())
    val finished = session.finish()
    if (finished !is FinishOutcome.Finished) fail<Unit>("not finished: $finished")
    finished as FinishOutcome.Finished
    assertEquals(session.caseId(), finished.caseId)
    assertEquals(1u, finished.version)
    return Recorded(finished.caseId, sections, questions)
}

fun hasCyrillic(text: String) = text.any { it in 'а'..'я' || it in 'А'..'Я' }
