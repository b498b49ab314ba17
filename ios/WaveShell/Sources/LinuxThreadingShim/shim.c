/* Owns one symbol for Linux builds only. Debian 13's Swift 6.0.3 ships libswiftObservation.so
   referring to swift::threading::fatal, which no library of the toolchain defines, so every
   program that uses Observation fails to link (swiftlang/swift#75670, fixed in Swift 6.2). This
   defines it with the runtime's meaning: report a fatal threading error and abort. The iOS app
   never builds this target. */
#ifdef __linux__
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noreturn, visibility("default"))) void _ZN5swift9threading5fatalEPKcz(
    const char *format, ...) {
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    abort();
}
#endif
