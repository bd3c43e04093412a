#include "ThreadCrypto.h"

#include <QThread>

#ifdef DOZOR_HAVE_OPENSSL
#include <openssl/crypto.h>
#endif

namespace dozor {

void releaseCryptoWhenFinished(QThread *thread)
{
#ifdef DOZOR_HAVE_OPENSSL
    // finished is emitted from the thread itself, just before it ends; without a context
    // object the connection is direct, so this runs there (and before wait() returns).
    QObject::connect(thread, &QThread::finished, [] { OPENSSL_thread_stop(); });
#else
    Q_UNUSED(thread)
#endif
}

} // namespace dozor
