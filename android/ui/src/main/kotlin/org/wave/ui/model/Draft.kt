//! What a question's control holds before "Next": one value per item kind, read from the answer
//! given earlier and turned into the answer JSON the core checks. Input the core must judge
//! (a number, a date, a time) goes to it as typed, so its refusal comes back as its own message
//! in the checklist's language instead of the shell guessing.
package org.wave.ui.model

import org.wave.core.ItemKind
import org.wave.core.QuestionRecord

data class Draft(
    val choice: String? = null,
    val choices: List<String> = emptyList(),
    val yes: Boolean? = null,
    val text: String = "",
    val day: String = "",
    val month: String = "",
    val year: String = "",
    val precision: String? = null,
    val hours: String = "",
    val minutes: String = "",
    val lat: Double? = null,
    val lon: Double? = null,
    val accuracyM: Double? = null,
    val attachments: List<String> = emptyList(),
) {
    /** The answer's JSON, or `null` (JSON) when the control is empty: the core then accepts a
     *  skip of an optional question or says, in her language, that an answer is required. */
    fun toJson(question: QuestionRecord): String = Json.write(value(question))

    private fun value(question: QuestionRecord): Any? = when (question.kind) {
        ItemKind.SINGLE -> choice
        ItemKind.MULTI -> choices.ifEmpty { null }
        ItemKind.YESNO -> yes
        ItemKind.TEXT, ItemKind.LONGTEXT -> text.trim().ifEmpty { null }
        ItemKind.NUMBER -> text.trim().ifEmpty { null }?.let { typed -> typed.toLongOrNull() ?: typed.replace(',', '.').toDoubleOrNull() ?: typed }
        ItemKind.DATE -> dateValue(question)
        ItemKind.TIME -> text.trim().ifEmpty { null }
        ItemKind.DURATION -> durationValue()
        ItemKind.LOCATION -> if (lat != null && lon != null) {
            buildMap {
                put("lat", lat)
                put("lon", lon)
                accuracyM?.let { put("accuracy_m", it) }
            }
        } else {
            null
        }
        ItemKind.ATTACHMENT -> attachments.ifEmpty { null }
        ItemKind.INFO -> true
        // Answered by the two buttons, never by Next.
        ItemKind.REPEAT -> false
    }

    private fun dateValue(question: QuestionRecord): Any? {
        if (day.isBlank() && month.isBlank() && year.isBlank()) return null
        val precision = precision ?: question.precisions.firstOrNull() ?: "exact"
        val y = year.trim().padStart(4, '0')
        val m = month.trim().padStart(2, '0')
        val value = if (precision == "month") "$y-$m" else "$y-$m-${day.trim().padStart(2, '0')}"
        return mapOf("value" to value, "precision" to precision)
    }

    private fun durationValue(): Any? {
        if (hours.isBlank() && minutes.isBlank()) return null
        val h = hours.trim().ifEmpty { "0" }.toLongOrNull()
        val m = minutes.trim().ifEmpty { "0" }.toLongOrNull()
        // Not whole numbers: let the core say what a duration must be.
        return if (h == null || m == null) "${hours.trim()}:${minutes.trim()}" else h * 60 + m
    }

    companion object {
        /** The control's state from the answer given earlier. */
        fun from(question: QuestionRecord): Draft {
            val answer = Json.readOrNull(question.answerJson) ?: return Draft()
            return when (question.kind) {
                ItemKind.SINGLE -> Draft(choice = answer as? String)
                ItemKind.MULTI, ItemKind.ATTACHMENT -> {
                    val list = (answer as? List<*>)?.filterIsInstance<String>().orEmpty()
                    if (question.kind == ItemKind.MULTI) Draft(choices = list) else Draft(attachments = list)
                }
                ItemKind.YESNO -> Draft(yes = answer as? Boolean)
                ItemKind.TEXT, ItemKind.LONGTEXT, ItemKind.TIME -> Draft(text = answer as? String ?: "")
                ItemKind.NUMBER -> Draft(text = (answer as? Number)?.let(::plainNumber) ?: "")
                ItemKind.DATE -> {
                    val map = answer as? Map<*, *> ?: return Draft()
                    val value = map["value"] as? String ?: ""
                    val parts = value.split('-')
                    Draft(
                        year = parts.getOrElse(0) { "" },
                        month = parts.getOrElse(1) { "" },
                        day = parts.getOrElse(2) { "" },
                        precision = map["precision"] as? String,
                    )
                }
                ItemKind.DURATION -> {
                    val total = (answer as? Number)?.toLong() ?: return Draft()
                    Draft(hours = (total / 60).toString(), minutes = (total % 60).toString())
                }
                ItemKind.LOCATION -> {
                    val map = answer as? Map<*, *> ?: return Draft()
                    Draft(
                        lat = (map["lat"] as? Number)?.toDouble(),
                        lon = (map["lon"] as? Number)?.toDouble(),
                        accuracyM = (map["accuracy_m"] as? Number)?.toDouble(),
                    )
                }
                ItemKind.INFO, ItemKind.REPEAT -> Draft()
            }
        }

        private fun plainNumber(n: Number): String =
            if (n is Double && n % 1.0 == 0.0 && kotlin.math.abs(n) < 1e15) n.toLong().toString() else n.toString()
    }
}
