#pragma once

#include <QBrush>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// How a case's clocks read: "3 hours left", "2 days overdue", "Paused", with the state
// ("fine", "warning", "breached", "paused", or empty when the clock does not run) that
// colours it. The queue and the case workspace say it the same way.
class CaseText final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::CaseText)

public:
    // A running clock warns once this share of its time is used: the default of
    // SlaPolicy (modules/casework); screens do not open each case's policy.
    static constexpr int warningPercent = 80;

    // "3 days", "5 hours", "20 minutes".
    static QString amount(qint64 minutes);
    // One clock: due at `dueMs`, started at `startMs`. Empty when there is no due time.
    static QString clock(qint64 dueMs, qint64 startMs, qint64 nowMs, QString *state,
                         int warningPercent = CaseText::warningPercent);
    // The resolution clock of a case row (nothing once resolved or closed).
    static QString resolutionLeft(const QJsonObject &row, qint64 nowMs, QString *state,
                                  int warningPercent = CaseText::warningPercent);
    // The first-response clock (nothing once answered, resolved or closed).
    static QString firstResponseLeft(const QJsonObject &row, qint64 nowMs, QString *state);

    // Parts of one line ("name · ID · date"), each in its own bidi isolate, so that
    // Persian and Latin parts keep their order in either interface language.
    static QString joinIsolated(const QStringList &parts);

    // Colours that read on light and dark palettes alike, never the only sign (the text
    // says "overdue"). An empty brush for states without a colour.
    static QBrush foreground(const QString &state);
    static QBrush background(const QString &state);
};

// Names of cached rows by id (citizens, users, services, org units), read once each: the
// service's name in the interface's language, a user's display name, a citizen's full name;
// the number itself for a row this computer does not have.
class NameBook final
{
public:
    explicit NameBook(Cache::LocalCache &cache)
        : m_cache(cache)
    {}

    QString name(const QString &entity, qint64 id) const;
    void clear() { m_names.clear(); }

private:
    Cache::LocalCache &m_cache;
    mutable QHash<QString, QString> m_names;
};

} // namespace Shahrvand::Ui
