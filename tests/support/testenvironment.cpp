#include "testenvironment.h"

#include <QStandardPaths>
#include <QtGlobal>

namespace Shahrvand::Testing {

void isolateUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
}

QDir artifactDirectory()
{
    QString path = qEnvironmentVariable("SHAHRVAND_TEST_ARTIFACTS");
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("shahrvand-test-artifacts"));
    QDir dir(path);
    dir.mkpath(QStringLiteral("."));
    return dir;
}

QString largeMixedText(qsizetype bytes)
{
    // Each piece is written so that its UTF-8 length is known: Persian letters take
    // two bytes, ASCII one.
    // (The half-space in "درخواست‌های" is written as \u200C.)
    static const QString piece =
        QStringLiteral("میخواهم درخواست\u200Cهای شهروندان را پیگیری کنم، كد ملي ۰۰۱۲۳۴۵۶۷۸ و ٠٩١٢ "
                       "Request 42 for District ۳ ");
    const qsizetype pieceBytes = piece.toUtf8().size();
    QString text;
    text.reserve(bytes);
    for (qsizetype written = 0; written + pieceBytes <= bytes; written += pieceBytes)
        text += piece;
    return text;
}

} // namespace Shahrvand::Testing
