// Sign-in: credentials, throttling, inactive users, Persian names and passwords, audit.
// On SQLite, or PostgreSQL under pg_virtualenv; all time from a ManualClock.
#include "authfixture.h"
#include "passwordhasher.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <sodium.h>

#include <atomic>

using namespace Shahrvand;
using namespace Shahrvand::Auth;
using namespace std::chrono_literals;
using Access::Role;
using Shahrvand::Testing::AuthFixture;
using Shahrvand::Testing::TestDatabase;
using Kind = SessionError::Kind;

namespace {
const QString password = QStringLiteral("Dar-e Bagh 1405");
const QString wrongPassword = QStringLiteral("Dar-e Bagh 1406");
const QString client = QStringLiteral("10.0.0.7");

// The error of a failed attempt, or Unavailable if it unexpectedly succeeded.
SessionError failure(const Expected<SignedIn, SessionError> &result)
{
    return result ? SessionError{Kind::Unavailable, -1s} : result.error();
}

char *describe(const SessionError &error)
{
    return qstrdup(qPrintable(QStringLiteral("{kind %1, retry after %2 s}")
                                  .arg(int(error.kind))
                                  .arg(error.retryAfter.count())));
}
} // namespace

namespace Shahrvand::Auth {
char *toString(const SessionError &error)
{
    return describe(error);
}
} // namespace Shahrvand::Auth

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginIssuesTokensAndPrincipal();
    void userNamesIgnoreCaseAndKeyboardForms();
    void unknownUserAndWrongPasswordLookAlike();
    void throttling_data();
    void throttling();
    void throttlingSurvivesRestart();
    void failuresAreForgottenAfterAQuietDay();
    void parallelGuessesGetNoExtraTries();
    void inactiveUserCannotSignIn();
    void signInsAreAuditedWithoutSecrets();
    void oldHashIsUpgradedAtSignIn();
};

void TestSignIn::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void TestSignIn::loginIssuesTokensAndPrincipal()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId id = f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit});
    QVERIFY(id.isValid());

    const auto signedIn = f.sessions->login(QStringLiteral("ali"), password, client);
    QVERIFY2(signedIn.hasValue(), describe(failure(signedIn)));
    const TokenPair &tokens = signedIn->tokens;
    QVERIFY(Token::looksValid(tokens.accessToken));
    QVERIFY(Token::looksValid(tokens.refreshToken));
    QVERIFY(tokens.accessToken != tokens.refreshToken);
    QCOMPARE(tokens.accessExpiresAt, f.clock.now().addSecs(3600));
    QCOMPARE(tokens.refreshExpiresAt, f.clock.now().addDays(30));
    QCOMPARE(signedIn->principal.userId, id);
    QCOMPARE(signedIn->principal.username, QStringLiteral("ali"));
    QCOMPARE(signedIn->principal.roles, QSet<Role>{Role::Agent});
    QCOMPARE(signedIn->principal.units, QSet<OrgUnitId>{unit});
    QCOMPARE(signedIn->principal.language, Language::Persian);

    // The first request needs no database: sign-in left the answer in the cache.
    const auto principal = f.authenticator->authenticate(tokens.accessToken);
    QVERIFY(principal.has_value());
    QCOMPARE(principal->userId, id);
    QCOMPARE(f.authenticator->cacheStatistics().hits, quint64(1));
    QCOMPARE(f.authenticator->cacheStatistics().misses, quint64(0));

    QCOMPARE(f.column(QStringLiteral("SELECT last_login_at FROM users WHERE id = ?"), {id.value()})
                 .value(0)
                 .toLongLong(),
             f.clock.now().toMSecsSinceEpoch());
    QCOMPARE(f.column(QStringLiteral("SELECT kind FROM auth_tokens ORDER BY kind")),
             (QVariantList{QStringLiteral("access"), QStringLiteral("refresh")}));
    QCOMPARE(f.column(QStringLiteral("SELECT DISTINCT client FROM auth_tokens")),
             QVariantList{client});
}

void TestSignIn::userNamesIgnoreCaseAndKeyboardForms()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId ali = f.addUser(QStringLiteral("Ali.Rezaei"), password, {Role::Agent}, {unit});
    // A Persian user name and password, chosen on a keyboard with Arabic yeh and kaf.
    const UserId zahra = f.addUser(QStringLiteral("زهرا.موسوي"), QStringLiteral("رمز عبور يك ۱۴۰۳"),
                                   {Role::Supervisor}, {unit});
    QVERIFY(ali.isValid() && zahra.isValid());

    const auto upper = f.sessions->login(QStringLiteral(" ALI.REZAEI"), password, client);
    QVERIFY2(upper.hasValue(), describe(failure(upper)));
    QCOMPARE(upper->principal.userId, ali);

    // Signed in on a standard Persian keyboard: Persian yeh and keheh, ASCII digits.
    const auto persian =
        f.sessions->login(QStringLiteral("زهرا.موسوی"), QStringLiteral("رمز عبور یک 1403"), client);
    QVERIFY2(persian.hasValue(), describe(failure(persian)));
    QCOMPARE(persian->principal.userId, zahra);
    QCOMPARE(persian->principal.username, QStringLiteral("زهرا.موسوی"));

    QCOMPARE(failure(f.sessions->login(QStringLiteral("زهرا.موسوی"),
                                       QStringLiteral("رمز عبور یک 1404"), client)),
             (SessionError{Kind::InvalidCredentials, 0s}));
}

void TestSignIn::unknownUserAndWrongPasswordLookAlike()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit}).isValid());

    QList<SessionError> existing, unknown;
    for (int attempt = 0; attempt < 6; ++attempt) {
        existing << failure(f.sessions->login(QStringLiteral("ali"), wrongPassword, client));
        unknown << failure(f.sessions->login(QStringLiteral("nobody"), wrongPassword, client));
    }
    QCOMPARE(existing, unknown);
    QCOMPARE(existing.first(), (SessionError{Kind::InvalidCredentials, 0s}));
    QCOMPARE(existing.at(4), (SessionError{Kind::InvalidCredentials, 30s}));
    QCOMPARE(existing.last(), (SessionError{Kind::Throttled, 30s}));
    QCOMPARE(Sessions::describe(existing.first()), Sessions::describe(unknown.first()));
}

void TestSignIn::throttling_data()
{
    QTest::addColumn<bool>("userExists");
    QTest::newRow("existing user") << true;
    QTest::newRow("unknown user") << false;
}

void TestSignIn::throttling()
{
    QFETCH(bool, userExists);
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit}).isValid());
    const QString name = userExists ? QStringLiteral("ali") : QStringLiteral("nobody");
    const auto attempt = [&](const QString &pass) {
        return failure(f.sessions->login(name, pass, client));
    };
    const auto invalid = [](std::chrono::seconds wait) {
        return SessionError{Kind::InvalidCredentials, wait};
    };
    const auto throttled = [](std::chrono::seconds wait) {
        return SessionError{Kind::Throttled, wait};
    };

    for (int i = 1; i <= 4; ++i)
        QCOMPARE(attempt(wrongPassword), invalid(0s));
    // The fifth failure starts a 30 s wait...
    QCOMPARE(attempt(wrongPassword), invalid(30s));
    // ...during which even the right password is refused, unchecked.
    QCOMPARE(attempt(password), throttled(30s));
    f.clock.advance(10);
    QCOMPARE(attempt(password), throttled(20s));
    f.clock.advance(20);
    // Each further failure doubles the wait, up to 15 minutes.
    QCOMPARE(attempt(wrongPassword), invalid(60s));
    std::chrono::seconds previous = 60s;
    for (const auto wait : {120s, 240s, 480s, 900s, 900s}) {
        f.clock.advance(previous.count());
        QCOMPARE(attempt(wrongPassword), invalid(wait));
        previous = wait;
    }
    f.clock.advance(899);
    QCOMPARE(attempt(password), throttled(1s));
    f.clock.advance(1);
    if (!userExists) {
        QCOMPARE(attempt(password), invalid(900s));
        return;
    }
    // The right password, once the wait is over, signs in and clears the failures.
    const auto signedIn = f.sessions->login(name, password, client);
    QVERIFY2(signedIn.hasValue(), describe(failure(signedIn)));
    QCOMPARE(attempt(wrongPassword), invalid(0s));
    QCOMPARE(f.column(QStringLiteral("SELECT failures FROM login_throttle")), QVariantList{1});
}

void TestSignIn::throttlingSurvivesRestart()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit}).isValid());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!f.sessions->login(QStringLiteral("ali"), wrongPassword, client));
    f.clock.advance(5);

    // A new Database object, Authenticator and Sessions: what a restarted server has.
    f.restart();
    QCOMPARE(failure(f.sessions->login(QStringLiteral("ali"), password, client)),
             (SessionError{Kind::Throttled, 25s}));
    f.clock.advance(25);
    QVERIFY(f.sessions->login(QStringLiteral("ali"), password, client).hasValue());
}

void TestSignIn::failuresAreForgottenAfterAQuietDay()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    for (int i = 0; i < 4; ++i)
        QVERIFY(!f.sessions->login(QStringLiteral("nobody"), wrongPassword, client));
    f.clock.advance(24 * 3600 + 1);
    // Four failures yesterday and four today: never five in a row within a day.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(failure(f.sessions->login(QStringLiteral("nobody"), wrongPassword, client)),
                 (SessionError{Kind::InvalidCredentials, 0s}));
    QCOMPARE(f.column(QStringLiteral("SELECT failures FROM login_throttle")), QVariantList{4});

    // Housekeeping removes forgotten state only.
    QCOMPARE(f.sessions->purgeExpired().valueOr(-1), 0);
    f.clock.advance(24 * 3600 + 1);
    QCOMPARE(f.sessions->purgeExpired().valueOr(-1), 1);
    QVERIFY(f.column(QStringLiteral("SELECT failures FROM login_throttle")).isEmpty());
}

void TestSignIn::parallelGuessesGetNoExtraTries()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    QVERIFY(f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit}).isValid());

    // Eight guesses at once, each on its own thread and connection: five are checked,
    // three refused, exactly as if they had come one after another.
    std::atomic<int> checked{0}, refused{0}, other{0};
    QList<QThread *> threads;
    for (int i = 0; i < 8; ++i) {
        threads << QThread::create([&] {
            const auto result = f.sessions->login(QStringLiteral("ali"), wrongPassword, client);
            if (result)
                ++other;
            else if (result.error().kind == Kind::InvalidCredentials)
                ++checked;
            else if (result.error().kind == Kind::Throttled)
                ++refused;
            else
                ++other;
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(other.load(), 0);
    QCOMPARE(checked.load(), 5);
    QCOMPARE(refused.load(), 3);
}

void TestSignIn::inactiveUserCannotSignIn()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId id = f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit});
    const auto before = f.sessions->login(QStringLiteral("ali"), password, client);
    QVERIFY(before.hasValue());

    QVERIFY(f.setActive(id, false));
    f.authenticator->forgetUser(id);
    // The right password gets the same answer as a wrong one.
    const SessionError right = failure(f.sessions->login(QStringLiteral("ali"), password, client));
    const SessionError wrong =
        failure(f.sessions->login(QStringLiteral("ali"), wrongPassword, client));
    QCOMPARE(right, (SessionError{Kind::InvalidCredentials, 0s}));
    QCOMPARE(wrong, right);
    // Deactivation ended the sign-in that was open.
    QVERIFY(!f.authenticator->authenticate(before->tokens.accessToken));
    QCOMPARE(failure(f.sessions->refresh(before->tokens.refreshToken, client)),
             (SessionError{Kind::InvalidToken, 0s}));
    QCOMPARE(f.column(QStringLiteral("SELECT new_values FROM audit_log WHERE action ="
                                     " 'sign_in_failed' ORDER BY seq"))
                 .value(0)
                 .toString()
                 .contains(QLatin1String("inactive")),
             true);

    QVERIFY(f.setActive(id, true));
    QVERIFY(f.sessions->login(QStringLiteral("ali"), password, client).hasValue());
}

void TestSignIn::signInsAreAuditedWithoutSecrets()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId id = f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit});
    QVERIFY(!f.sessions->login(QStringLiteral("ali"), wrongPassword, client));
    // Someone typing a password into the user-name field.
    const QString typedAsName = QStringLiteral("MySecret-Passw0rd");
    QVERIFY(!f.sessions->login(typedAsName, wrongPassword, client));
    QVERIFY(f.sessions->login(QStringLiteral("ali"), password, client));

    QSqlQuery query(f.database->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT action, user_id, row_id, new_values, client"
                                  " FROM audit_log WHERE action LIKE 'sign_in%' ORDER BY seq")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("sign_in_failed"));
    QVERIFY(query.value(1).isNull());                  // nobody is known to have acted...
    QCOMPARE(query.value(2).toLongLong(), id.value()); // ...on this user
    QVERIFY(query.value(3).toString().contains(QLatin1String("wrong_password")));
    QCOMPARE(query.value(4).toString(), client);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("sign_in_failed"));
    QVERIFY(query.value(2).isNull());
    QVERIFY(query.value(3).toString().contains(QLatin1String("unknown_user")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("sign_in"));
    QCOMPARE(query.value(1).toLongLong(), id.value());
    QCOMPARE(query.value(2).toLongLong(), id.value());
    QVERIFY(!query.next());

    const QString audit = f.allText(QStringLiteral("audit_log")).join(u' ');
    QVERIFY(!audit.contains(password));
    QVERIFY(!audit.contains(wrongPassword));
    QVERIFY(!audit.contains(typedAsName, Qt::CaseInsensitive));
}

void TestSignIn::oldHashIsUpgradedAtSignIn()
{
    AuthFixture f;
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const OrgUnitId unit = f.addUnit(QStringLiteral("D1"));
    const UserId id = f.addUser(QStringLiteral("ali"), password, {Role::Agent}, {unit});
    // A hash from an older, cheaper setting.
    const QByteArray utf8 = password.toUtf8();
    char weaker[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str_alg(weaker, utf8.constData(), quint64(utf8.size()),
                                   crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                                   crypto_pwhash_ALG_ARGON2ID13),
             0);
    f.column(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
             {QString::fromLatin1(weaker), id.value()});
    const qint64 versionBefore =
        f.column(QStringLiteral("SELECT version FROM users")).value(0).toLongLong();

    QVERIFY(f.sessions->login(QStringLiteral("ali"), password, client).hasValue());
    const QString upgraded =
        f.column(QStringLiteral("SELECT password_hash FROM users")).value(0).toString();
    QVERIFY(upgraded != QString::fromLatin1(weaker));
    QVERIFY(!PasswordHasher::needsRehash(upgraded));
    QVERIFY(PasswordHasher::verify(upgraded, password));
    // Through RowWriter: a new version, audited with the hash redacted.
    QVERIFY(f.column(QStringLiteral("SELECT version FROM users")).value(0).toLongLong() >
            versionBefore);
    QVERIFY(!f.allText(QStringLiteral("audit_log")).join(u' ').contains(upgraded));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
