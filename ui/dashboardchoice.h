#pragma once

#include "periodchooser.h"

#include <QDate>
#include <QString>

#include <optional>

class QComboBox;
class QVariant;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class CaseCatalog;

// One choice of filters for the whole Dashboards section: what the user last chose on any
// panel (DashboardsPage keeps it and hands it to the others). Each panel fills in what it
// has; a filter a panel lacks is left empty and that panel's value stays as it was.
struct DashboardChoice
{
    struct Period
    {
        // The preset chosen, or none for a custom period.
        std::optional<PeriodChooser::Preset> preset;
        // The days it spans on the panel it was chosen on (invalid: open, as "any time"):
        // a panel without that preset takes the same days as a custom period.
        QDate from;
        QDate to;

        bool operator==(const Period &) const = default;
    };
    std::optional<Period> period;
    std::optional<qint64> team;     // 0: every team (or unit) the user sees
    std::optional<qint64> service;  // 0: every service
    std::optional<QString> channel; // empty: every channel

    // Takes what `other` has.
    void merge(const DashboardChoice &other);
    // This choice's one filter, the others left empty: what a panel says the user changed.
    template<typename T> DashboardChoice only(std::optional<T> DashboardChoice::*filter) const
    {
        DashboardChoice made;
        made.*filter = this->*filter;
        return made;
    }
    bool operator==(const DashboardChoice &) const = default;
};

namespace DashboardFilters {

// Fills the dashboards' filter boxes (their words are the service dashboard's, where they
// were first written) keeping the item chosen.
void fillChannels(QComboBox *box);
void fillServices(QComboBox *box, const CaseCatalog &catalog);
// The teams (org units) the user sees; hidden with one team of one's own.
void fillTeams(QComboBox *box, const Cache::LocalCache &cache);
// Chooses the item holding `value`: false, and nothing changed, when no item does.
bool choose(QComboBox *box, const QVariant &value);
// The period as it is on a chooser, and a chooser taking a period: the same preset when it
// has it, else the same days as a custom period when they fit; false, and the chooser as it
// was, when it cannot show that period.
DashboardChoice::Period periodOf(const PeriodChooser *chooser, QDate today);
bool follow(PeriodChooser *chooser, const DashboardChoice::Period &period);

} // namespace DashboardFilters

} // namespace Shahrvand::Ui
