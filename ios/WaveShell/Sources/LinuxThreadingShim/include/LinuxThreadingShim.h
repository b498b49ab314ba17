/* Owns nothing callable: the target only supplies a missing runtime symbol on Linux (shim.c). */
