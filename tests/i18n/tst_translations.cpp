// Every user-visible string is in both catalogues and translated: the test extracts
// the strings from the sources with lupdate, exactly as `update_translations` does,
// and compares them with translations/shahrvand_{fa,en}.ts.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

QList<Message> readCatalogue(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS" && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(1).remove(u'L'));
    return found;
}

bool hasArabicScript(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Arabic && c.isLetter())
            return true;
    }
    return false;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cataloguesMatchTheSources_data();
    void cataloguesMatchTheSources();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void compiledCataloguesAreEmbedded();

private:
    QList<Message> m_extracted;
};

void TestTranslations::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_fa.ts"));
    QStringList arguments = QStringLiteral(SHAHRVAND_LUPDATE_OPTIONS).split(u'|');
    arguments << QStringLiteral(SHAHRVAND_TRANSLATED_DIRS).split(u'|');
    arguments << QStringLiteral("-ts") << fresh;

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SHAHRVAND_SOURCE_DIR));
    lupdate.start(QStringLiteral(SHAHRVAND_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    m_extracted = readCatalogue(fresh);
    QVERIFY2(m_extracted.size() > 20, "lupdate found almost no strings; is the setup broken?");
}

void TestTranslations::cataloguesMatchTheSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fa") << QStringLiteral("shahrvand_fa.ts");
    QTest::newRow("en") << QStringLiteral("shahrvand_en.ts");
}

void TestTranslations::cataloguesMatchTheSources()
{
    QFETCH(QString, file);
    const QString path =
        QDir(QStringLiteral(SHAHRVAND_SOURCE_DIR)).filePath(QStringLiteral("translations/") + file);
    QMap<QString, Message> inCatalogue;
    for (const Message &message : readCatalogue(path))
        inCatalogue.insert(message.key(), message);

    QStringList missing;
    QSet<QString> extractedKeys;
    for (const Message &message : std::as_const(m_extracted)) {
        extractedKeys.insert(message.key());
        if (!inCatalogue.contains(message.key()))
            missing << message.describe();
    }
    QStringList stale;
    for (const Message &message : std::as_const(inCatalogue)) {
        if (!extractedKeys.contains(message.key()))
            stale << message.describe();
    }
    const QString advice = QStringLiteral(
        "\nRun `cmake --build build --target update_translations` and translate the new strings.");
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("%1 strings are not in %2:\n  ").arg(missing.size()).arg(file) +
                   missing.join(QStringLiteral("\n  ")) + advice));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 strings in %2 no longer exist in the sources:\n  ")
                            .arg(stale.size())
                            .arg(file) +
                        stale.join(QStringLiteral("\n  ")) + advice));
}

void TestTranslations::everyStringIsTranslated_data()
{
    cataloguesMatchTheSources_data();
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, file);
    const QString path =
        QDir(QStringLiteral(SHAHRVAND_SOURCE_DIR)).filePath(QStringLiteral("translations/") + file);
    QString language;
    const QList<Message> messages = readCatalogue(path, &language);
    const bool persian = file.contains(QLatin1String("_fa"));
    QVERIFY(language.startsWith(persian ? QLatin1String("fa") : QLatin1String("en")));

    static const QRegularExpression latinLetter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;"));
    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == u"unfinished") {
            problems << QStringLiteral("unfinished: ") + message.describe();
            continue;
        }
        if (!message.type.isEmpty()) {
            problems << message.type + QStringLiteral(": ") + message.describe();
            continue;
        }
        if (message.translations.isEmpty()) {
            problems << QStringLiteral("no translation: ") + message.describe();
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + message.describe();
                continue;
            }
            // %1, %2 and %n must survive translation, or the text shows a hole.
            if (placeholders(translation) != placeholders(message.source))
                problems << QStringLiteral("placeholders differ: ") + message.describe();
            // A Persian "translation" that is still Latin text was copied, not translated.
            QString sourceText = message.source;
            sourceText.remove(markup);
            if (persian && sourceText.contains(latinLetter) && !hasArabicScript(translation))
                problems << QStringLiteral("not Persian: ") + message.describe();
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems in %2:\n  ").arg(problems.size()).arg(file) +
                        problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::compiledCataloguesAreEmbedded()
{
    QTranslator persian;
    QVERIFY(persian.load(QStringLiteral(":/i18n/shahrvand_fa.qm")));
    QCOMPARE(persian.translate("Shahrvand::Ui::MainWindow", "Shahrvand"), QStringLiteral("شهروند"));
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/shahrvand_en.qm")));
    QCOMPARE(english.translate("Shahrvand::Ui::MainWindow", "Shahrvand"),
             QStringLiteral("Shahrvand"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
