// What sign-in and per-request authentication cost: Argon2id hashing and verifying, and
// Authenticator::authenticate() answered from its cache and from the database. Prints
// figures and asserts no timings; exits non-zero only if an answer is wrong.
//
//   bench_auth           full run (SQLite, or PostgreSQL with SHAHRVAND_TEST_BACKEND=postgres)
//   bench_auth --quick   a few iterations, as the CTest smoke test
#include "authfixture.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <cstring>

using namespace Shahrvand;
using namespace Shahrvand::Auth;
using Shahrvand::Testing::AuthFixture;

namespace {

void report(const char *what, qint64 count, qint64 nanoseconds)
{
    const double perCall = double(nanoseconds) / double(count);
    std::printf("%-58s %9lld calls %10.1f us/call %12.0f /s\n", what, static_cast<long long>(count),
                perCall / 1000.0, 1e9 / perCall);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int hashes = quick ? 2 : 20;
    const int cached = quick ? 2000 : 2'000'000;
    const int uncached = quick ? 50 : 20'000;

    const QString password = QStringLiteral("Bench-Password 1405");
    QElapsedTimer timer;
    timer.start();
    QString hash;
    for (int i = 0; i < hashes; ++i)
        hash = PasswordHasher::hash(password).valueOr(QString());
    report("PasswordHasher::hash (Argon2id, 64 MiB, t=2)", hashes, timer.nsecsElapsed());
    timer.restart();
    for (int i = 0; i < hashes; ++i) {
        if (!PasswordHasher::verify(hash, password))
            return 1;
    }
    report("PasswordHasher::verify", hashes, timer.nsecsElapsed());

    AuthFixture f;
    if (!f.error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(f.error()));
        return 1;
    }
    std::printf("backend: %s\n", qPrintable(Testing::TestDatabase::backendName()));
    const OrgUnitId root = f.addUnit(QStringLiteral("ORG"));
    const OrgUnitId district = f.addUnit(QStringLiteral("D1"), root);
    f.addUnit(QStringLiteral("T1"), district);
    f.addUser(QStringLiteral("supervisor"), password, {Access::Role::Supervisor}, {root});
    const auto signedIn = f.sessions->login(QStringLiteral("supervisor"), password, {});
    if (!signedIn)
        return 1;
    const QString token = signedIn->tokens.accessToken;

    timer.restart();
    for (int i = 0; i < hashes; ++i) {
        if (!f.sessions->login(QStringLiteral("supervisor"), password, {}))
            return 1;
    }
    report("Sessions::login (verify + 2 write transactions)", hashes, timer.nsecsElapsed());

    timer.restart();
    for (int i = 0; i < cached; ++i) {
        if (!f.authenticator->authenticate(token))
            return 1;
    }
    report("Authenticator::authenticate, cached, 1 thread", cached, timer.nsecsElapsed());

    std::atomic<int> wrong{0};
    timer.restart();
    QList<QThread *> threads;
    for (int t = 0; t < 2; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < cached; ++i) {
                if (!f.authenticator->authenticate(token))
                    ++wrong;
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    report("Authenticator::authenticate, cached, 2 threads (total)", 2LL * cached,
           timer.nsecsElapsed());

    Auth::AuthSettings noCache;
    noCache.principalCacheLifetime = std::chrono::seconds(0);
    Authenticator direct(f.database, f.clock, noCache);
    timer.restart();
    for (int i = 0; i < uncached; ++i) {
        if (!direct.authenticate(token))
            return 1;
    }
    report("Authenticator::authenticate, no cache (4 queries)", uncached, timer.nsecsElapsed());
    return wrong.load() == 0 ? 0 : 1;
}
