// Password hashing and policy, and the shape of tokens: no database needed.
#include "passwordhasher.h"
#include "tokens.h"
#include "userdirectory.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <sodium.h>

using namespace Shahrvand;
using namespace Shahrvand::Auth;

Q_DECLARE_METATYPE(std::optional<Shahrvand::Auth::PasswordError>)

class TestPasswords : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idWithItsParameters();
    void verifyRejectsWrongPasswordsAndMalformedHashes();
    void needsRehashForOtherParametersOrAlgorithm();
    void policy_data();
    void policy();
    void hashRefusesWeakPasswords();
    void persianKeyboardFormsAreOnePassword();
    void everyErrorIsDescribed();
    void tokensAreRandomBase64Url();
    void tokenHashIsSha256Hex();
    void usernamesAreCanonical();
};

void TestPasswords::hashIsArgon2idWithItsParameters()
{
    const auto hash = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QVERIFY(hash.hasValue());
    // Algorithm, version and parameters travel with the hash: 64 MiB, 2 passes.
    QVERIFY2(hash->startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(*hash));
    QVERIFY(!hash->contains(QLatin1String("correct")));
    QVERIFY(PasswordHasher::verify(*hash, QStringLiteral("correct horse battery")));
    // A fresh salt every time.
    const auto again = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QVERIFY(again.hasValue());
    QVERIFY(*again != *hash);
    QVERIFY(PasswordHasher::verify(*again, QStringLiteral("correct horse battery")));
    QVERIFY(!PasswordHasher::needsRehash(*hash));
}

void TestPasswords::verifyRejectsWrongPasswordsAndMalformedHashes()
{
    const auto hash = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QVERIFY(hash.hasValue());
    QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("correct horse batterY")));
    QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("correct horse battery ")));
    QVERIFY(!PasswordHasher::verify(*hash, QString()));
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("correct horse battery")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$garbage"),
                                    QStringLiteral("correct horse battery")));
    QVERIFY(!PasswordHasher::verify(QString(200, QLatin1Char('x')),
                                    QStringLiteral("correct horse battery")));
    QVERIFY(!PasswordHasher::verify(*hash, QString(100000, QLatin1Char('x'))));
}

void TestPasswords::needsRehashForOtherParametersOrAlgorithm()
{
    const QByteArray password = "correct horse battery";
    char weaker[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str_alg(weaker, password.constData(), quint64(password.size()),
                                   crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                                   crypto_pwhash_ALG_ARGON2ID13),
             0);
    // Still accepted, but due for replacement.
    QVERIFY(PasswordHasher::verify(QString::fromLatin1(weaker), QString::fromLatin1(password)));
    QVERIFY(PasswordHasher::needsRehash(QString::fromLatin1(weaker)));

    // Argon2i (which needs at least 3 passes) with our memory setting.
    char argon2i[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str_alg(argon2i, password.constData(), quint64(password.size()),
                                   crypto_pwhash_argon2i_OPSLIMIT_MIN,
                                   crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2I13),
             0);
    QVERIFY(PasswordHasher::verify(QString::fromLatin1(argon2i), QString::fromLatin1(password)));
    QVERIFY(PasswordHasher::needsRehash(QString::fromLatin1(argon2i)));

    QVERIFY(PasswordHasher::needsRehash(QString()));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
}

void TestPasswords::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<std::optional<PasswordError>>("expected");
    const std::optional<PasswordError> ok;

    QTest::newRow("9 characters") << QStringLiteral("abcdefgh1") << QString()
                                  << std::optional(PasswordError::TooShort);
    QTest::newRow("10 characters") << QStringLiteral("abcdefgh12") << QString() << ok;
    QTest::newRow("empty") << QString() << QString() << std::optional(PasswordError::TooShort);
    // Ten Persian letters: ten characters.
    QTest::newRow("persian 10") << QStringLiteral("رمزعبورامن") << QString() << ok;
    QTest::newRow("persian 9") << QStringLiteral("رمزعبورام") << QString()
                               << std::optional(PasswordError::TooShort);
    // Five emoji are ten UTF-16 units but five characters.
    QTest::newRow("surrogate pairs")
        << QStringLiteral("\U0001F600\U0001F601\U0001F602\U0001F603\U0001F604") << QString()
        << std::optional(PasswordError::TooShort);
    QTest::newRow("one letter repeated") << QStringLiteral("aaaaaaaaaaaa") << QString()
                                         << std::optional(PasswordError::OneRepeatedCharacter);
    QTest::newRow("one persian digit repeated")
        << QStringLiteral("۱۱۱۱۱۱۱۱۱۱") << QString()
        << std::optional(PasswordError::OneRepeatedCharacter);
    // Persian and ASCII ones are the same character.
    QTest::newRow("mixed digit forms repeated")
        << QStringLiteral("۱1۱1۱1۱1۱1") << QString()
        << std::optional(PasswordError::OneRepeatedCharacter);
    QTest::newRow("two letters") << QStringLiteral("abababababab") << QString() << ok;
    QTest::newRow("the user name")
        << QStringLiteral("Mohammad.Karimi") << QStringLiteral("mohammad.karimi")
        << std::optional(PasswordError::SameAsUsername);
    QTest::newRow("persian user name")
        << QStringLiteral("فاطمه.حسینی") << QStringLiteral("فاطمه.حسینی")
        << std::optional(PasswordError::SameAsUsername);
    QTest::newRow("contains the user name")
        << QStringLiteral("mohammad.karimi!") << QStringLiteral("mohammad.karimi") << ok;
    QTest::newRow("256 characters")
        << QString(128, QLatin1Char('a')) + QString(128, u'ب') << QString() << ok;
    QTest::newRow("257 characters") << QString(129, QLatin1Char('a')) + QString(128, u'ب')
                                    << QString() << std::optional(PasswordError::TooLong);
}

void TestPasswords::policy()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(std::optional<PasswordError>, expected);
    QCOMPARE(PasswordPolicy::check(password, username), expected);
}

void TestPasswords::hashRefusesWeakPasswords()
{
    const auto hash = PasswordHasher::hash(QStringLiteral("short"));
    QVERIFY(!hash.hasValue());
    QCOMPARE(hash.error(), PasswordError::TooShort);
    QCOMPARE(PasswordHasher::hash(QStringLiteral("zzzzzzzzzzzzzz")).error(),
             PasswordError::OneRepeatedCharacter);
}

void TestPasswords::persianKeyboardFormsAreOnePassword()
{
    // Chosen on a keyboard giving Arabic yeh and kaf and Persian digits...
    const QString typedFirst = QStringLiteral("كتابخانه ملي ۱۴۰۳");
    // ...typed later on one giving Persian yeh and keheh and ASCII digits.
    const QString typedLater = QStringLiteral("کتابخانه ملی 1403");
    QVERIFY(typedFirst != typedLater);
    const auto hash = PasswordHasher::hash(typedFirst);
    QVERIFY(hash.hasValue());
    QVERIFY(PasswordHasher::verify(*hash, typedLater));
    QVERIFY(PasswordHasher::verify(*hash, QStringLiteral("کتابخانه ملي ١٤٠٣")));
    QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("کتابخانه ملی 1404")));
    // Spaces are part of a password.
    QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("کتابخانه ملی 1403 ")));
}

void TestPasswords::everyErrorIsDescribed()
{
    QSet<QString> texts;
    for (PasswordError error :
         {PasswordError::TooShort, PasswordError::TooLong, PasswordError::OneRepeatedCharacter,
          PasswordError::SameAsUsername, PasswordError::HashingFailed}) {
        const QString text = PasswordHasher::describe(error);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 5);
    QVERIFY(PasswordHasher::describe(PasswordError::TooShort).contains(QLatin1String("10")));
}

void TestPasswords::tokensAreRandomBase64Url()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString token = Token::generate();
        QCOMPARE(token.size(), 43); // 256 bits
        QVERIFY2(Token::looksValid(token), qPrintable(token));
        QVERIFY(!token.contains(u'=') && !token.contains(u'+') && !token.contains(u'/'));
        const QByteArray bytes = QByteArray::fromBase64(
            token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(bytes.size(), 32);
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 2000);
    QVERIFY(!Token::looksValid(QString()));
    QVERIFY(!Token::looksValid(QString(43, u'ی')));
    QVERIFY(!Token::looksValid(Token::generate().chopped(1)));
    QVERIFY(!Token::looksValid(Token::generate().left(42) + u'='));
    QCOMPARE(Token::newFamily().size(), 32);
    QVERIFY(Token::newFamily() != Token::newFamily());
}

void TestPasswords::tokenHashIsSha256Hex()
{
    const QString token = Token::generate();
    const QString hash = Token::hashOf(token);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(hash,
             QString::fromLatin1(
                 QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!hash.contains(token));
}

void TestPasswords::usernamesAreCanonical()
{
    QCOMPARE(UserDirectory::canonicalUsername(QStringLiteral("  Ali.Rezaei ")),
             QStringLiteral("ali.rezaei"));
    // Arabic yeh and kaf become Persian; digits become ASCII.
    QCOMPARE(UserDirectory::canonicalUsername(QStringLiteral("علي.كريمي۲")),
             QStringLiteral("علی.کریمی2"));
    const QString once = UserDirectory::canonicalUsername(QStringLiteral("ﻋﻠﻰ"));
    QCOMPARE(UserDirectory::canonicalUsername(once), once);
    QCOMPARE(once, QStringLiteral("علی"));
}

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
