// Rate limits: the token bucket and the in-flight cap on their own, driven by a manual
// clock (no sleeping), then through a real server: 429 with Retry-After, per user and
// per address, and failed sign-ins counted against the address.
#include "apiserver.h"
#include "httpexchange.h"
#include "manualclock.h"
#include "ratelimiter.h"
#include "testroutes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Shahrvand;
using namespace Shahrvand::Server;
using namespace Shahrvand::Testing;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefusalThenRefill();
    void retryAfterIsWholeSecondsAtLeastOne();
    void inFlightCapFreesOnRelease();
    void clientsAreCountedApart();
    void clockGoingBackGrantsNothing();
    void concurrentAdmissionsAreExact();
    void manyClientsStayBounded();
    void serverAnswers429InBothLanguages();
    void usersAndAddressesHaveTheirOwnBuckets();
    void failedSignInsCountAgainstTheAddress();
    void concurrencyCapRefusesTheSecondRequest();

private:
    std::unique_ptr<ApiServer> startServer(Clock &clock, RateLimits limits, int threads = 4);
    HttpReply get(const QString &path, const QByteArray &token = {},
                  const QByteArray &language = "en");

    quint16 m_port = 0;
    std::shared_ptr<RouteProbe> m_probe;
};

std::unique_ptr<ApiServer> TestRateLimiter::startServer(Clock &clock, RateLimits limits,
                                                        int threads)
{
    ApiServerOptions options;
    options.rateLimits = limits;
    options.workerThreads = threads;
    auto server = std::make_unique<ApiServer>(clock, nullptr, options);
    m_probe = std::make_shared<RouteProbe>();
    addTestRoutes(*server, m_probe);
    const auto port = server->listen(*ListenAddress::parse(u"127.0.0.1:0"));
    if (!port)
        qFatal("cannot listen: %s", qPrintable(port.error()));
    m_port = *port;
    return server;
}

HttpReply TestRateLimiter::get(const QString &path, const QByteArray &token,
                               const QByteArray &language)
{
    QNetworkRequest request = apiRequest(m_port, path, language);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return exchange(request, "GET");
}

void TestRateLimiter::burstThenRefusalThenRefill()
{
    ManualClock clock;
    RateLimiter limiter(clock, {2, 2, 0});
    QVERIFY(limiter.admit(QStringLiteral("user:1")));
    QVERIFY(limiter.admit(QStringLiteral("user:1")));
    const auto refused = limiter.admit(QStringLiteral("user:1"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().retryAfterSeconds, 1);
    QVERIFY(!refused.error().tooManyInFlight);

    clock.set(clock.now().addMSecs(499)); // not quite one token back at 2 per second
    QVERIFY(!limiter.admit(QStringLiteral("user:1")));
    clock.set(clock.now().addMSecs(1));
    QVERIFY(limiter.admit(QStringLiteral("user:1")));
    QVERIFY(!limiter.admit(QStringLiteral("user:1")));

    clock.advance(3600); // a long pause refills only up to the burst
    QVERIFY(limiter.admit(QStringLiteral("user:1")));
    QVERIFY(limiter.admit(QStringLiteral("user:1")));
    QVERIFY(!limiter.admit(QStringLiteral("user:1")));
}

void TestRateLimiter::retryAfterIsWholeSecondsAtLeastOne()
{
    ManualClock clock;
    RateLimiter slow(clock, {0.1, 1, 0}); // one request every ten seconds
    QVERIFY(slow.admit(QStringLiteral("k")));
    QCOMPARE(slow.admit(QStringLiteral("k")).error().retryAfterSeconds, 10);
    clock.set(clock.now().addMSecs(9500));
    QCOMPARE(slow.admit(QStringLiteral("k")).error().retryAfterSeconds, 1);

    RateLimiter fast(clock, {1000, 1, 0});
    QVERIFY(fast.admit(QStringLiteral("k")));
    QCOMPARE(fast.admit(QStringLiteral("k")).error().retryAfterSeconds, 1);
}

void TestRateLimiter::inFlightCapFreesOnRelease()
{
    ManualClock clock;
    RateLimiter limiter(clock, {0, 1, 2});
    {
        auto first = limiter.admit(QStringLiteral("user:7"));
        auto second = limiter.admit(QStringLiteral("user:7"));
        QVERIFY(first && second);
        QCOMPARE(limiter.inFlight(QStringLiteral("user:7")), 2);
        const auto third = limiter.admit(QStringLiteral("user:7"));
        QVERIFY(!third);
        QVERIFY(third.error().tooManyInFlight);
        QCOMPARE(third.error().retryAfterSeconds, 1);
    }
    QCOMPARE(limiter.inFlight(QStringLiteral("user:7")), 0);
    QVERIFY(limiter.admit(QStringLiteral("user:7")));
}

void TestRateLimiter::clientsAreCountedApart()
{
    ManualClock clock;
    RateLimiter limiter(clock, {1, 1, 0});
    QVERIFY(limiter.admit(QStringLiteral("user:1")));
    QVERIFY(!limiter.admit(QStringLiteral("user:1")));
    QVERIFY(limiter.admit(QStringLiteral("user:2")));
    QVERIFY(limiter.admit(QStringLiteral("address:10.0.0.1")));
}

void TestRateLimiter::clockGoingBackGrantsNothing()
{
    ManualClock clock;
    RateLimiter limiter(clock, {1, 1, 0});
    QVERIFY(limiter.admit(QStringLiteral("k")));
    clock.advance(-3600);
    QVERIFY(!limiter.admit(QStringLiteral("k")));
    clock.advance(3600); // back where it was: still nothing earned
    QVERIFY(!limiter.admit(QStringLiteral("k")));
    clock.advance(1);
    QVERIFY(limiter.admit(QStringLiteral("k")));
}

void TestRateLimiter::concurrentAdmissionsAreExact()
{
    // The clock stands still, so exactly `burst` requests can ever be admitted, however
    // many threads race for them.
    ManualClock clock;
    RateLimiter limiter(clock, {1, 1000, 0});
    std::atomic<int> admitted = 0;
    QList<QFuture<void>> racers;
    for (int thread = 0; thread < 8; ++thread) {
        racers.append(QtConcurrent::run([&] {
            for (int i = 0; i < 500; ++i) {
                if (limiter.admit(QStringLiteral("shared")))
                    ++admitted;
            }
        }));
    }
    for (QFuture<void> &racer : racers)
        racer.waitForFinished();
    QCOMPARE(admitted.load(), 1000);
    QCOMPARE(limiter.inFlight(QStringLiteral("shared")), 0);
}

void TestRateLimiter::manyClientsStayBounded()
{
    ManualClock clock;
    RateLimiter limiter(clock, {1, 1, 0});
    QVERIFY(limiter.admit(QStringLiteral("address:victim")));
    clock.set(clock.now().addMSecs(500));
    constexpr int flood = 150000;
    for (int i = 0; i < flood; ++i)
        QVERIFY(limiter.admit(QStringLiteral("address:a%1").arg(i)));
    // Forgetting idle clients never forgets one that is still being throttled...
    QVERIFY(!limiter.admit(QStringLiteral("address:victim")));
    QCOMPARE(limiter.trackedClients(), flood + 1);
    // ...but once they are idle, a second flood pushes the first one out.
    clock.advance(10);
    for (int i = 0; i < flood; ++i)
        QVERIFY(limiter.admit(QStringLiteral("address:b%1").arg(i)));
    QVERIFY(limiter.trackedClients() < 2 * flood);
}

void TestRateLimiter::serverAnswers429InBothLanguages()
{
    ManualClock clock;
    const auto server = startServer(clock, {1, 2, 0});
    QCOMPARE(get(QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/health")).status, 200);
    const HttpReply english = get(QStringLiteral("/api/v1/health"), {}, "en");
    QCOMPARE(english.status, 429);
    QCOMPARE(english.errorCode(), QStringLiteral("rate_limited"));
    QCOMPARE(english.header("retry-after"), QByteArray("1"));
    QCOMPARE(english.errorDetails().value(u"retry_after_seconds").toInt(), 1);
    QCOMPARE(english.errorMessage(),
             QStringLiteral("Too many requests. Wait a moment and try again."));
    const HttpReply persian = get(QStringLiteral("/api/v1/health"), {}, "fa");
    QCOMPARE(persian.status, 429);
    QVERIFY2(hasPersianLetters(persian.errorMessage()), qPrintable(persian.errorMessage()));

    clock.advance(1);
    QCOMPARE(get(QStringLiteral("/api/v1/health")).status, 200);
}

void TestRateLimiter::usersAndAddressesHaveTheirOwnBuckets()
{
    ManualClock clock;
    const auto server = startServer(clock, {1, 1, 0});
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "token-of-user-1").status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "token-of-user-1").status, 429);
    // Another user from the same address is not affected, nor is the address itself.
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "token-of-user-2").status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/health")).status, 429);
}

void TestRateLimiter::failedSignInsCountAgainstTheAddress()
{
    ManualClock clock;
    const auto server = startServer(clock, {1, 2, 0});
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "guess-1").status, 401);
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "guess-2").status, 401);
    const HttpReply third = get(QStringLiteral("/api/v1/test/me"), "guess-3");
    QCOMPARE(third.status, 429);
    QCOMPARE(third.header("retry-after"), QByteArray("1"));
    // A valid token is counted for its user, not for the guessing address.
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "token-of-user-1").status, 200);
}

void TestRateLimiter::concurrencyCapRefusesTheSecondRequest()
{
    ManualClock clock;
    const auto server = startServer(clock, {0, 1, 1}, 4);
    QNetworkAccessManager network;
    QNetworkRequest blocking = apiRequest(m_port, QStringLiteral("/api/v1/test/block"));
    blocking.setRawHeader("Authorization", "Bearer token-of-user-1");
    std::unique_ptr<QNetworkReply> first(network.get(blocking));
    auto unblock = qScopeGuard([this] { m_probe->proceed.release(); });
    QTRY_COMPARE(m_probe->entered.available(), 1);
    QCOMPARE(server->inFlight(QStringLiteral("user:1")), 1);

    const HttpReply second = get(QStringLiteral("/api/v1/test/me"), "token-of-user-1");
    QCOMPARE(second.status, 429);
    QCOMPARE(second.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(second.header("retry-after").toInt() >= 1);
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "token-of-user-2").status, 200);

    unblock.dismiss();
    m_probe->proceed.release();
    QTRY_VERIFY(first->isFinished());
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE(server->inFlight(QStringLiteral("user:1")), 0);
    QCOMPARE(get(QStringLiteral("/api/v1/test/me"), "token-of-user-1").status, 200);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
