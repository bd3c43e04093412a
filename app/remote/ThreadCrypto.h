#pragma once

class QThread;

namespace dozor {

// OpenSSL (under libssh and Qt's TLS) keeps per-thread state — random generators, the
// error queue — that it frees from a thread-exit handler. Qt's worker threads are detached,
// so a process can exit before that handler has run, and the state is never freed (and
// LeakSanitizer reports it). Threads that may touch OpenSSL free it themselves as they
// finish: call this once for each such QThread, before it starts.
void releaseCryptoWhenFinished(QThread *thread);

} // namespace dozor
