// Tokens: storage by hash only, expiry, refresh rotation and reuse detection, logout, and
// the Authenticator's cache. On SQLite, or PostgreSQL under pg_virtualenv; all time from
// a ManualClock.
#include "authfixture.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Shahrvand;
using namespace Shahrvand::Auth;
using namespace std::chrono_literals;
using Access::Role;
using Shahrvand::Testing::AuthFixture;
using Shahrvand::Testing::TestDatabase;
using Kind = SessionError::Kind;

namespace {
const QString password = QStringLiteral("Bagh-e Eram 1405");
const QString client = QStringLiteral("ws-42");

Kind kindOf(const Expected<SignedIn, SessionError> &result)
{
    return result ? Kind::Unavailable : result.error().kind;
}
} // namespace

class TestTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rawTokensAreNeverStored();
    void accessTokenExpiresOnTimeEvenWhenCached();
    void refreshTokenExpires();
    void refreshRotates();
    void reusedRefreshTokenRevokesTheSignIn();
    void tokensAreNotInterchangeable();
    void logoutEndsOneSignIn();
    void cacheHonoursLogoutAtOnce();
    void revocationElsewhereTakesEffectWithinCacheLifetime();
    void forgetUserShowsNewRoles();
    void malformedTokensAreRefusedCheaply();
    void concurrentRefreshesHaveOneWinner();
    void authenticateFromManyThreads();
    void purgeRemovesExpiredTokens();

private:
    std::unique_ptr<AuthFixture> f;
    UserId user;
    OrgUnitId unit;
    SignedIn signIn();
};

void TestTokens::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestTokens::init()
{
    f = std::make_unique<AuthFixture>();
    QVERIFY2(f->error().isEmpty(), qPrintable(f->error()));
    unit = f->addUnit(QStringLiteral("D1"));
    user = f->addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit});
    QVERIFY(user.isValid());
}

void TestTokens::cleanup()
{
    f.reset();
}

SignedIn TestTokens::signIn()
{
    const auto result = f->sessions->login(QStringLiteral("ali"), password, client);
    if (!result) {
        QTest::qFail("sign-in failed", __FILE__, __LINE__);
        return {};
    }
    return *result;
}

void TestTokens::rawTokensAreNeverStored()
{
    const SignedIn first = signIn();
    const auto refreshed = f->sessions->refresh(first.tokens.refreshToken, client);
    QVERIFY(refreshed.hasValue());
    QVERIFY(f->sessions->logout(refreshed->tokens.accessToken, client).valueOr(false));

    const QStringList tokens{first.tokens.accessToken, first.tokens.refreshToken,
                             refreshed->tokens.accessToken, refreshed->tokens.refreshToken};
    const QStringList stored = f->allText(QStringLiteral("auth_tokens")) +
                               f->allText(QStringLiteral("audit_log")) +
                               f->allText(QStringLiteral("users"));
    QVERIFY(!stored.isEmpty());
    for (const QString &token : tokens) {
        for (const QString &value : stored)
            QVERIFY2(!value.contains(token), qPrintable(value));
    }
    const auto hashes = f->column(QStringLiteral("SELECT token_hash FROM auth_tokens"));
    QCOMPARE(hashes.size(), 4);
    for (const QString &token : tokens)
        QVERIFY(hashes.contains(Token::hashOf(token)));
}

void TestTokens::accessTokenExpiresOnTimeEvenWhenCached()
{
    const SignedIn signedIn = signIn();
    f->clock.advance(3590);
    QVERIFY(f->authenticator->authenticate(signedIn.tokens.accessToken)); // loads and caches
    f->clock.advance(9);
    QVERIFY(f->authenticator->authenticate(signedIn.tokens.accessToken)); // cached, 1 s left
    const auto hits = f->authenticator->cacheStatistics().hits;
    f->clock.advance(1);
    QVERIFY(!f->authenticator->authenticate(signedIn.tokens.accessToken)); // expired
    // The refresh token is still good for a new one.
    const auto refreshed = f->sessions->refresh(signedIn.tokens.refreshToken, client);
    QVERIFY(refreshed.hasValue());
    QVERIFY(f->authenticator->authenticate(refreshed->tokens.accessToken));
    QVERIFY(f->authenticator->cacheStatistics().hits > hits);
}

void TestTokens::refreshTokenExpires()
{
    const SignedIn signedIn = signIn();
    f->clock.advanceDays(30);
    QCOMPARE(kindOf(f->sessions->refresh(signedIn.tokens.refreshToken, client)),
             Kind::InvalidToken);
    // Expiry is not theft: nothing else was revoked, and a retry says the same.
    QCOMPARE(kindOf(f->sessions->refresh(signedIn.tokens.refreshToken, client)),
             Kind::InvalidToken);
}

void TestTokens::refreshRotates()
{
    const SignedIn first = signIn();
    f->clock.advance(1800);
    const auto second = f->sessions->refresh(first.tokens.refreshToken, client);
    QVERIFY(second.hasValue());
    QVERIFY(second->tokens.accessToken != first.tokens.accessToken);
    QVERIFY(second->tokens.refreshToken != first.tokens.refreshToken);
    QCOMPARE(second->tokens.accessExpiresAt, f->clock.now().addSecs(3600));
    QCOMPARE(second->tokens.refreshExpiresAt, f->clock.now().addDays(30));
    QCOMPARE(second->principal.userId, user);
    // The old refresh token is revoked; both tokens are of the same sign-in.
    QCOMPARE(f->column(QStringLiteral("SELECT revoked_at FROM auth_tokens WHERE token_hash = ?"),
                       {Token::hashOf(first.tokens.refreshToken)})
                 .value(0)
                 .toLongLong(),
             f->clock.now().toMSecsSinceEpoch());
    QCOMPARE(f->column(QStringLiteral("SELECT DISTINCT family FROM auth_tokens")).size(), 1);
    QVERIFY(f->authenticator->authenticate(second->tokens.accessToken));
    // Requests in flight with the previous access token still work until it expires.
    QVERIFY(f->authenticator->authenticate(first.tokens.accessToken));

    f->clock.advance(1800);
    const auto third = f->sessions->refresh(second->tokens.refreshToken, client);
    QVERIFY(third.hasValue());
}

void TestTokens::reusedRefreshTokenRevokesTheSignIn()
{
    const SignedIn stolen = signIn();
    const SignedIn otherDevice = signIn();
    const auto thief = f->sessions->refresh(stolen.tokens.refreshToken, QStringLiteral("evil"));
    QVERIFY(thief.hasValue());
    QVERIFY(f->authenticator->authenticate(thief->tokens.accessToken)); // cached now

    // The owner presents the token that was already exchanged.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refresh token reused")));
    QCOMPARE(kindOf(f->sessions->refresh(stolen.tokens.refreshToken, client)), Kind::TokenReused);
    // Every token of that sign-in is dead, at once, including the thief's new ones.
    QVERIFY(!f->authenticator->authenticate(thief->tokens.accessToken));
    QVERIFY(!f->authenticator->authenticate(stolen.tokens.accessToken));
    QCOMPARE(kindOf(f->sessions->refresh(thief->tokens.refreshToken, QStringLiteral("evil"))),
             Kind::InvalidToken);
    // The user's other sign-in is untouched.
    QVERIFY(f->authenticator->authenticate(otherDevice.tokens.accessToken));
    QVERIFY(f->sessions->refresh(otherDevice.tokens.refreshToken, client).hasValue());
    QCOMPARE(f->column(QStringLiteral("SELECT user_id FROM audit_log WHERE action ="
                                      " 'refresh_token_reused'")),
             QVariantList{user.value()});
}

void TestTokens::tokensAreNotInterchangeable()
{
    const SignedIn signedIn = signIn();
    QVERIFY(!f->authenticator->authenticate(signedIn.tokens.refreshToken));
    QCOMPARE(kindOf(f->sessions->refresh(signedIn.tokens.accessToken, client)), Kind::InvalidToken);
    // Neither attempt harmed the sign-in.
    QVERIFY(f->authenticator->authenticate(signedIn.tokens.accessToken));
    QVERIFY(f->sessions->refresh(signedIn.tokens.refreshToken, client).hasValue());
}

void TestTokens::logoutEndsOneSignIn()
{
    const SignedIn desk = signIn();
    const SignedIn laptop = signIn();
    QCOMPARE(f->sessions->logout(desk.tokens.accessToken, client).valueOr(false), true);
    QVERIFY(!f->authenticator->authenticate(desk.tokens.accessToken));
    // After logout a refresh is simply invalid (not "reused": nothing was stolen).
    QCOMPARE(kindOf(f->sessions->refresh(desk.tokens.refreshToken, client)), Kind::InvalidToken);
    QCOMPARE(f->sessions->logout(desk.tokens.accessToken, client).valueOr(true), false);
    QVERIFY(f->authenticator->authenticate(laptop.tokens.accessToken));

    // With the refresh token, after the access token expired, too.
    f->clock.advance(7200);
    QCOMPARE(f->sessions->logout(laptop.tokens.refreshToken, client).valueOr(false), true);
    QCOMPARE(kindOf(f->sessions->refresh(laptop.tokens.refreshToken, client)), Kind::InvalidToken);
    QCOMPARE(f->column(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_out'"))
                 .value(0)
                 .toInt(),
             2);
    QCOMPARE(f->sessions->logout(QStringLiteral("not a token"), client).valueOr(true), false);
}

void TestTokens::cacheHonoursLogoutAtOnce()
{
    const SignedIn signedIn = signIn();
    for (int i = 0; i < 3; ++i)
        QVERIFY(f->authenticator->authenticate(signedIn.tokens.accessToken));
    QCOMPARE(f->authenticator->cacheStatistics().hits, quint64(3));
    QVERIFY(f->sessions->logout(signedIn.tokens.accessToken, client).valueOr(false));
    // No time has passed: the cached answer must not survive the logout.
    QVERIFY(!f->authenticator->authenticate(signedIn.tokens.accessToken));
}

void TestTokens::revocationElsewhereTakesEffectWithinCacheLifetime()
{
    const SignedIn signedIn = signIn();
    QVERIFY(f->authenticator->authenticate(signedIn.tokens.accessToken));
    // Another server process on the same database ends the sign-in.
    Authenticator otherAuthenticator(f->test.open(), f->clock);
    Sessions otherProcess(f->test.open(), f->clock, otherAuthenticator);
    QVERIFY(otherProcess.logout(signedIn.tokens.refreshToken, client).valueOr(false));

    // This process still trusts its remembered answer for up to 30 s: the documented window.
    f->clock.advance(29);
    QVERIFY(f->authenticator->authenticate(signedIn.tokens.accessToken));
    f->clock.advance(1);
    QVERIFY(!f->authenticator->authenticate(signedIn.tokens.accessToken));
}

void TestTokens::forgetUserShowsNewRoles()
{
    const SignedIn signedIn = signIn();
    f->column(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, 'supervisor')"),
              {user.value()});
    QCOMPARE(f->authenticator->authenticate(signedIn.tokens.accessToken)->roles,
             QSet<Role>{Role::Agent});
    f->authenticator->forgetUser(user);
    QCOMPARE(f->authenticator->authenticate(signedIn.tokens.accessToken)->roles,
             (QSet<Role>{Role::Agent, Role::Supervisor}));
}

void TestTokens::malformedTokensAreRefusedCheaply()
{
    const SignedIn signedIn = signIn();
    const auto before = f->authenticator->cacheStatistics();
    for (const QString &token :
         {QString(), QStringLiteral("Bearer"), signedIn.tokens.accessToken.chopped(1),
          signedIn.tokens.accessToken + u'A', QString(43, u'ی'), QString(100000, u'x')})
        QVERIFY(!f->authenticator->authenticate(token));
    // None reached the cache or the database.
    QCOMPARE(f->authenticator->cacheStatistics().misses, before.misses);
    // A well-formed token nobody issued is looked up, and refused.
    QVERIFY(!f->authenticator->authenticate(Token::generate()));
    QCOMPARE(f->authenticator->cacheStatistics().misses, before.misses + 1);
}

void TestTokens::concurrentRefreshesHaveOneWinner()
{
    const SignedIn signedIn = signIn();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refresh token reused")));
    std::atomic<int> rotated{0}, reused{0}, other{0};
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&] {
            const auto result = f->sessions->refresh(signedIn.tokens.refreshToken, client);
            if (result)
                ++rotated;
            else if (result.error().kind == Kind::TokenReused ||
                     result.error().kind == Kind::InvalidToken)
                ++reused;
            else
                ++other;
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(rotated.load(), 1);
    QCOMPARE(reused.load(), 3);
    QCOMPARE(other.load(), 0);
    // A second use of a refresh token is treated as theft, even from the same client:
    // the sign-in is over and the user signs in again.
    QCOMPARE(f->column(QStringLiteral("SELECT COUNT(*) FROM auth_tokens WHERE revoked_at IS NULL"))
                 .value(0)
                 .toInt(),
             0);
}

void TestTokens::authenticateFromManyThreads()
{
    QList<SignedIn> signIns;
    for (int i = 0; i < 4; ++i)
        signIns << signIn();
    std::atomic<int> failures{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&, t] {
            for (int i = 0; i < 2000; ++i) {
                const SignedIn &s = signIns.at((t + i) % signIns.size());
                const auto principal = f->authenticator->authenticate(s.tokens.accessToken);
                if (!principal || principal->userId != user)
                    ++failures;
                if (i % 500 == 0)
                    f->authenticator->forgetAll(); // force some database lookups
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QVERIFY(f->authenticator->cacheStatistics().misses >= 4);
}

void TestTokens::purgeRemovesExpiredTokens()
{
    const SignedIn old = signIn();
    f->clock.advanceDays(20);
    const SignedIn recent = signIn();
    f->clock.advanceDays(11); // the first sign-in's refresh token expired a day ago
    const auto purged = f->sessions->purgeExpired();
    QVERIFY(purged.hasValue());
    QCOMPARE(*purged, 3); // both access tokens and the old refresh token
    QCOMPARE(f->column(QStringLiteral("SELECT token_hash FROM auth_tokens")),
             QVariantList{Token::hashOf(recent.tokens.refreshToken)});
    QVERIFY(f->sessions->refresh(recent.tokens.refreshToken, client).hasValue());
    QCOMPARE(kindOf(f->sessions->refresh(old.tokens.refreshToken, client)), Kind::InvalidToken);
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
