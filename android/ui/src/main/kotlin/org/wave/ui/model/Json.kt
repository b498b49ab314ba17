//! A small JSON writer and reader for answers: they cross the FFI as JSON text, and the shared UI
//! may depend only on Compose and coroutines (Android has org.json, the desktop JVM does not), so
//! this codec stands in for a library. Numbers read back as Long or Double.
package org.wave.ui.model

object Json {
    fun write(value: Any?): String = StringBuilder().also { append(it, value) }.toString()

    private fun append(out: StringBuilder, value: Any?) {
        when (value) {
            null -> out.append("null")
            is Boolean, is Int, is Long -> out.append(value.toString())
            is Double -> {
                require(value.isFinite()) { "JSON has no $value" }
                out.append(value.toString())
            }
            is String -> appendString(out, value)
            is Map<*, *> -> {
                out.append('{')
                value.entries.forEachIndexed { i, (key, item) ->
                    if (i > 0) out.append(',')
                    appendString(out, key.toString())
                    out.append(':')
                    append(out, item)
                }
                out.append('}')
            }
            is Collection<*> -> {
                out.append('[')
                value.forEachIndexed { i, item ->
                    if (i > 0) out.append(',')
                    append(out, item)
                }
                out.append(']')
            }
            else -> throw IllegalArgumentException("cannot write ${value::class.simpleName} as JSON")
        }
    }

    private fun appendString(out: StringBuilder, text: String) {
        out.append('"')
        for (ch in text) {
            when {
                ch == '"' -> out.append("\\\"")
                ch == '\\' -> out.append("\\\\")
                ch < ' ' -> out.append("\\u%04x".format(ch.code))
                else -> out.append(ch)
            }
        }
        out.append('"')
    }

    /** Parses `text`; malformed input gives null rather than an exception, since it only ever
     *  pre-fills a control and an empty control is the safe fallback. */
    fun readOrNull(text: String?): Any? =
        if (text == null) null else runCatching { read(text) }.getOrNull()

    fun read(text: String): Any? {
        val reader = Reader(text)
        val value = reader.value()
        reader.skipSpace()
        require(reader.pos == text.length) { "trailing text at ${reader.pos}" }
        return value
    }

    private class Reader(val text: String) {
        var pos = 0

        fun skipSpace() {
            while (pos < text.length && text[pos].isWhitespace()) pos++
        }

        private fun peek(): Char {
            require(pos < text.length) { "unexpected end of JSON" }
            return text[pos]
        }

        private fun expect(word: String) {
            require(text.startsWith(word, pos)) { "expected $word at $pos" }
            pos += word.length
        }

        fun value(): Any? {
            skipSpace()
            return when (peek()) {
                '{' -> obj()
                '[' -> array()
                '"' -> string()
                't' -> true.also { expect("true") }
                'f' -> false.also { expect("false") }
                'n' -> null.also { expect("null") }
                else -> number()
            }
        }

        private fun obj(): Map<String, Any?> {
            val map = LinkedHashMap<String, Any?>()
            expect("{")
            skipSpace()
            if (peek() == '}') return map.also { pos++ }
            while (true) {
                skipSpace()
                val key = string()
                skipSpace()
                expect(":")
                map[key] = value()
                skipSpace()
                if (peek() == ',') pos++ else return map.also { expect("}") }
            }
        }

        private fun array(): List<Any?> {
            val list = ArrayList<Any?>()
            expect("[")
            skipSpace()
            if (peek() == ']') return list.also { pos++ }
            while (true) {
                list.add(value())
                skipSpace()
                if (peek() == ',') pos++ else return list.also { expect("]") }
            }
        }

        private fun string(): String {
            expect("\"")
            val out = StringBuilder()
            while (peek() != '"') {
                val ch = text[pos++]
                if (ch != '\\') {
                    out.append(ch)
                    continue
                }
                when (val escape = peek().also { pos++ }) {
                    'n' -> out.append('\n')
                    't' -> out.append('\t')
                    'r' -> out.append('\r')
                    'b' -> out.append('\b')
                    'f' -> out.append('\u000c')
                    'u' -> {
                        require(pos + 4 <= text.length) { "short \\u escape at $pos" }
                        val code = text.substring(pos, pos + 4).toIntOrNull(16)
                        requireNotNull(code) { "bad \\u escape at $pos" }
                        out.append(code.toChar())
                        pos += 4
                    }
                    else -> out.append(escape)
                }
            }
            pos++
            return out.toString()
        }

        private fun number(): Number {
            val start = pos
            while (pos < text.length && text[pos] in "+-0123456789.eE") pos++
            val literal = text.substring(start, pos)
            require(literal.isNotEmpty()) { "unexpected character at $start" }
            return literal.toLongOrNull() ?: literal.toDoubleOrNull() ?: throw IllegalArgumentException("bad number at $start")
        }
    }
}
