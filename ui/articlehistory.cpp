#include "articlehistory.h"

#include "articlediff.h"
#include "articlehtml.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

QString versionText(const QJsonObject &row)
{
    return toLocalDigits(QStringLiteral("%1.%2")
                             .arg(row.value(u"major_version").toInt())
                             .arg(row.value(u"minor_version").toInt()));
}

} // namespace

ArticleHistory::ArticleHistory(Cache::LocalCache &cache, const QJsonObject &article,
                               QWidget *parent)
    : QDialog(parent)
    , m_article(article)
{
    setObjectName(QStringLiteral("articleHistory"));
    setWindowTitle(tr("Versions of “%1”").arg(article.value(u"title").toString()));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("articleVersions"));
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("articleChanges"));
    const bool en = article.value(u"language").toString() == u"en";
    m_diff->setLayoutDirection(en ? Qt::LeftToRight : Qt::RightToLeft);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    QList<QJsonObject> versions =
        cache
            .childRows(QStringLiteral("article_versions"), QStringLiteral("knowledge_articles"),
                       article.value(u"id").toInteger(), 500)
            .valueOr(QList<QJsonObject>());
    std::sort(versions.begin(), versions.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &row) {
            return std::tuple(row.value(u"major_version").toInt(),
                              row.value(u"minor_version").toInt(),
                              row.value(u"created_at").toInteger());
        };
        return key(a) > key(b);
    });
    m_texts.append(article);
    m_texts.append(versions);
    new QListWidgetItem(tr("Now: version %1").arg(versionText(article)), m_list);
    for (const QJsonObject &version : versions) {
        QString when;
        if (version.value(u"created_at").isDouble())
            when = formatJalaliDateTime(
                QDateTime::fromMSecsSinceEpoch(version.value(u"created_at").toInteger(), Qt::UTC),
                DateStyle::Numeric);
        new QListWidgetItem(tr("Version %1, %2").arg(versionText(version), when), m_list);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &ArticleHistory::showChanges);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_diff, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    m_list->setCurrentRow(0);
}

void ArticleHistory::showChanges(int row)
{
    if (row < 0 || row >= m_texts.size())
        return;
    const QJsonObject &after = m_texts.at(row);
    const bool first = row + 1 >= m_texts.size();
    const QJsonObject before = first ? QJsonObject() : m_texts.at(row + 1);
    const QString note = after.value(u"change_note").toString();
    if (first && row > 0)
        m_note->setText(tr("The first version kept."));
    else if (first)
        m_note->setText(tr("No earlier version is kept yet: the server keeps one at each edit "
                           "and publication."));
    else
        m_note->setText(
            tr("Changes from version %1 to %2.")
                .arg(versionText(before), row == 0 ? tr("the current text") : versionText(after)));
    if (!note.isEmpty())
        m_note->setText(m_note->text() + u'\n' + tr("Note: %1").arg(note));

    auto textOf = [](const QJsonObject &version) {
        return version.value(u"title").toString() + QStringLiteral("\n\n") +
               Knowledge::articlePlainText(version.value(u"body").toString());
    };
    const QList<Knowledge::DiffPart> parts =
        Knowledge::diffWords(first ? QString() : textOf(before), textOf(after));
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    for (const Knowledge::DiffPart &part : parts) {
        const QString text = part.text.toHtmlEscaped();
        switch (part.kind) {
        case Knowledge::DiffPart::Kind::Same:
            html += text;
            break;
        case Knowledge::DiffPart::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color: #fde2e1; color: #8c1d18; "
                                   "text-decoration: line-through;\">%1</span>")
                        .arg(text);
            break;
        case Knowledge::DiffPart::Kind::Added:
            html += QStringLiteral("<span style=\"background-color: #dcf5dc; color: #1b5e20;\">"
                                   "%1</span>")
                        .arg(text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    m_diff->setHtml(html);
}

} // namespace Shahrvand::Ui
