#include "citizenduplicates.h"

#include "citizenmergedialog.h"
#include "jalalidate.h"
#include "serverquery.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

constexpr int pageSize = 50;

QString personText(const QJsonObject &citizen)
{
    const QString name =
        (citizen.value(u"first_name").toString() + u' ' + citizen.value(u"last_name").toString())
            .trimmed();
    // Isolated: a Persian name in the English interface keeps the sentence's order.
    const QString isolated = name.isEmpty() ? name : QChar(0x2068) + name + QChar(0x2069);
    const QString number = toLocalDigits(QString::number(citizen.value(u"id").toInteger()));
    return name.isEmpty() ? CitizenDuplicates::tr("Citizen %1").arg(number)
                          : CitizenDuplicates::tr("%1 (no. %2)").arg(isolated, number);
}

} // namespace

CitizenDuplicates::CitizenDuplicates(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("duplicatesBack"));
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("duplicatesRefresh"));
    m_merge = new QPushButton(this);
    m_merge->setObjectName(QStringLiteral("duplicatesMerge"));
    m_merge->setEnabled(false);
    header->addWidget(m_back);
    header->addWidget(m_heading, 1);
    header->addWidget(m_refresh);
    header->addWidget(m_merge);
    layout->addLayout(header);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("duplicatePairs"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->resizeSection(0, charWidth * 30);
    columns->resizeSection(1, charWidth * 30);
    columns->setSectionResizeMode(2, QHeaderView::Stretch);
    columns->resizeSection(3, charWidth * 10);
    layout->addWidget(m_table, 1);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("duplicatesMore"));
    m_more->setEnabled(false);
    auto *footer = new QHBoxLayout;
    footer->addStretch();
    footer->addWidget(m_more);
    layout->addLayout(footer);

    connect(m_back, &QPushButton::clicked, this, &CitizenDuplicates::backRequested);
    connect(m_refresh, &QPushButton::clicked, this, &CitizenDuplicates::refresh);
    connect(m_more, &QPushButton::clicked, this, &CitizenDuplicates::loadMore);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            openMerge(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_merge->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openMerge(row); });
    retranslate();
}

CitizenDuplicates::~CitizenDuplicates() = default;

void CitizenDuplicates::setServerQuery(SyncClient::ServerQuery *query)
{
    m_query = query;
}

QString CitizenDuplicates::reasonText(const QString &reason)
{
    if (reason == u"national_id")
        return tr("The same national ID");
    if (reason == u"phone_name")
        return tr("The same phone and similar names");
    if (reason == u"name_address")
        return tr("Similar names and addresses");
    return reason;
}

void CitizenDuplicates::refresh()
{
    ask(QString(), false);
}

void CitizenDuplicates::loadMore()
{
    if (!m_nextCursor.isEmpty())
        ask(m_nextCursor, true);
}

void CitizenDuplicates::ask(const QString &cursor, bool append)
{
    const quint64 generation = ++m_generation;
    if (!m_query) {
        m_status->setText(tr("Possible duplicates come from the server: sign in to see them."));
        emit answered();
        return;
    }
    m_status->setText(tr("Asking the server…"));
    m_more->setEnabled(false);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    QPointer<CitizenDuplicates> self(this);
    m_query->get(QStringLiteral("/api/v1/citizens/duplicates"), query,
                 [self, generation, append](const QJsonObject &answer, const QString &error) {
                     if (!self || generation != self->m_generation)
                         return;
                     if (!error.isEmpty()) {
                         // The last list stays; the line says why it is not new.
                         self->m_status->setText(
                             self->m_pairs.isEmpty()
                                 ? tr("The server did not answer (%1). Possible duplicates are "
                                      "found by the server only, so the list needs a "
                                      "connection.")
                                       .arg(error)
                                 : tr("The server did not answer (%1). The list below is the "
                                      "last one it gave.")
                                       .arg(error));
                         self->m_more->setEnabled(!self->m_nextCursor.isEmpty());
                         emit self->answered();
                         return;
                     }
                     if (!append)
                         self->m_pairs.clear();
                     for (const QJsonValue &item : answer.value(u"items").toArray())
                         self->m_pairs.append(item.toObject());
                     self->m_nextCursor = answer.value(u"next_cursor").toString();
                     self->m_answeredAtMs = QDateTime::currentMSecsSinceEpoch();
                     self->showPairs();
                     emit self->answered();
                 });
}

void CitizenDuplicates::showPairs()
{
    const QLocale locale;
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const QJsonObject &pair = m_pairs.at(row);
        QStringList reasons;
        for (const QJsonValue &reason : pair.value(u"reasons").toArray())
            reasons << reasonText(reason.toString());
        if (reasons.isEmpty())
            reasons << reasonText(pair.value(u"reason").toString());
        const QStringList cells = {personText(pair.value(u"citizen").toObject()),
                                   personText(pair.value(u"other").toObject()),
                                   reasons.join(tr("; ")),
                                   locale.toString(pair.value(u"score").toInteger())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 3)
                item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_more->setEnabled(!m_nextCursor.isEmpty());
    if (m_pairs.isEmpty())
        m_status->setText(tr("The server found no citizens who may be the same person."));
    else
        m_status->setText(
            tr("%1 pairs that may be the same person, best first, as the server saw them at %2. "
               "Choose a pair and “Merge…” to make them one.")
                .arg(locale.toString(m_pairs.size()),
                     formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(m_answeredAtMs),
                                          DateStyle::Long)));
    m_merge->setEnabled(m_table->currentRow() >= 0);
}

CitizenMergeDialog *CitizenDuplicates::openMerge(int row)
{
    if (!m_query || row < 0 || row >= m_pairs.size())
        return nullptr;
    const QJsonObject &pair = m_pairs.at(row);
    auto *dialog =
        new CitizenMergeDialog(*m_query, pair.value(u"citizen").toObject().value(u"id").toInteger(),
                               pair.value(u"other").toObject().value(u"id").toInteger(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CitizenMergeDialog::merged, this, [this] {
        emit merged();
        refresh();
    });
    dialog->show();
    emit mergeOpened(dialog);
    return dialog;
}

void CitizenDuplicates::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_pairs.isEmpty())
            showPairs();
    }
    QWidget::changeEvent(event);
}

void CitizenDuplicates::retranslate()
{
    m_back->setText(tr("Back to search"));
    m_heading->setText(tr("Possible duplicates"));
    m_refresh->setText(tr("Ask again"));
    m_merge->setText(tr("Merge…"));
    m_more->setText(tr("More pairs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Citizen"), tr("May be the same as"), tr("Why"), tr("Score")});
    if (m_status->text().isEmpty())
        m_status->setText(tr("Possible duplicates come from the server."));
}

} // namespace Shahrvand::Ui
