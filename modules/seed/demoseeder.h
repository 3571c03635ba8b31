#pragma once

#include "database.h"
#include "expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Seed {

struct DemoReport
{
    QStringList stepsRun;     // in order
    QStringList stepsSkipped; // already there from an earlier run
    qint64 rowsWritten = 0;   // through RowWriter, users not counted

    bool changedAnything() const { return !stepsRun.isEmpty(); }
};

// Fills a database with the demo city «شهر نمونه» (Nemuneh City): organisation, service
// catalogue, staff for every role, policies, knowledge base, citizens, cases, missions and
// expense claims, all written through RowWriter (versioned and audited) as the system.
//
// Each step runs in one transaction and records its name in the root unit's custom_fields
// ("demo_steps") in that same transaction, so a second run skips what is there and changes
// nothing, and a run interrupted halfway continues where it stopped. The data is
// reproducible: fixed seeds, times relative to the clock.
class DemoSeeder final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Seed::DemoSeeder)

public:
    struct Options
    {
        int citizens = 3000;
        int cases = 2400;
    };

    DemoSeeder(std::shared_ptr<Storage::Database> database, const Clock &clock);
    DemoSeeder(std::shared_ptr<Storage::Database> database, const Clock &clock, Options options);

    // Told about every step as it starts, in the user interface language.
    void setProgressHandler(std::function<void(const QString &)> handler)
    {
        m_progress = std::move(handler);
    }

    // The organisation, catalogue, staff and policies only: what benchmark data needs.
    Expected<DemoReport, QString> seedBase();
    // Everything.
    Expected<DemoReport, QString> seedAll();

private:
    Expected<DemoReport, QString> run(int lastStep);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    Options m_options;
    std::function<void(const QString &)> m_progress;
};

} // namespace Shahrvand::Seed
