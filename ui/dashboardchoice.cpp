#include "dashboardchoice.h"

#include "casecatalog.h"
#include "fieldtext.h"
#include "localcache.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

// The boxes' words keep the context of the service dashboard, where they were first written
// and translated (lupdate reads the context from the macro).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::ServiceDashboard)
};

} // namespace

void DashboardChoice::merge(const DashboardChoice &other)
{
    if (other.period)
        period = other.period;
    if (other.team)
        team = other.team;
    if (other.service)
        service = other.service;
    if (other.channel)
        channel = other.channel;
}

namespace DashboardFilters {

void fillChannels(QComboBox *box)
{
    const QString chosen = box->currentData().toString();
    box->clear();
    box->addItem(Words::tr("Every channel"), QString());
    for (const QString &code : Entities::Vocabulary::channels)
        box->addItem(FieldText::codeText(code), code);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

void fillServices(QComboBox *box, const CaseCatalog &catalog)
{
    const qint64 chosen = box->currentData().toLongLong();
    box->clear();
    box->addItem(Words::tr("Every service"), qint64(0));
    for (const QJsonObject &row : catalog.services())
        box->addItem(CaseCatalog::nameOf(row), row.value(u"id").toInteger());
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

void fillTeams(QComboBox *box, const Cache::LocalCache &cache)
{
    const qint64 chosen = box->currentData().toLongLong();
    box->clear();
    box->addItem(Words::tr("Every team"), qint64(0));
    const auto user = cache.user();
    if (!user)
        return;
    const bool everything = user->roles.contains(Access::Role::Administrator);
    QList<std::pair<QString, qint64>> teams;
    std::optional<qint64> after;
    for (;;) {
        const auto page = cache.rows(QStringLiteral("org_units"), 500, after);
        if (!page)
            break;
        for (const QJsonObject &row : *page) {
            const OrgUnitId id(row.value(u"id").toInteger());
            if (everything || user->visibleUnits.contains(id) || user->units.contains(id))
                teams.append({CaseCatalog::nameOf(row), id.value()});
        }
        if (page->size() < 500)
            break;
        after = page->last().value(u"id").toInteger();
    }
    std::sort(teams.begin(), teams.end());
    for (const auto &[name, id] : std::as_const(teams))
        box->addItem(name, id);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    // One team of one's own: nothing to choose.
    box->setVisible(box->count() > 2);
}

bool choose(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

DashboardChoice::Period periodOf(const PeriodChooser *chooser, QDate today)
{
    return {chooser->preset(), chooser->from(today), chooser->to(today)};
}

bool follow(PeriodChooser *chooser, const DashboardChoice::Period &period)
{
    return chooser->follow(period.preset, period.from, period.to);
}

} // namespace DashboardFilters

} // namespace Shahrvand::Ui
