#include "citizensearcher.h"

#include "casetext.h"
#include "citizenprofile.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcCitizenSearch, "shahrvand.ui.citizensearch")

namespace Shahrvand::Ui {

CitizenSearcher::CitizenSearcher(Cache::LocalCache &cache, int limit, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_limit(limit)
{}

CitizenSearcher::~CitizenSearcher()
{
    m_thread.stop();
}

void CitizenSearcher::cancel()
{
    m_thread.stop();
    ++m_generation; // an answer on its way was for another search
}

void CitizenSearcher::search(const QString &typed)
{
    m_thread.stop();
    const quint64 generation = ++m_generation;
    const Cache::CitizenQuery query = Cache::CitizenQuery::read(typed);
    if (query.kind == Cache::CitizenQuery::Kind::Empty) {
        emit found({});
        return;
    }
    QPointer<CitizenSearcher> self(this);
    Cache::LocalCache *cache = &m_cache;
    const int limit = m_limit;
    m_thread.start(
        [cache, query, self, generation, limit](const std::atomic<bool> *cancel) {
            auto sibling = cache->openSibling();
            if (!sibling) {
                qCWarning(lcCitizenSearch)
                    << "citizen search: cannot open the cache:" << sibling.error().detail;
                return;
            }
            const QList<Cache::CitizenMatch> matches =
                Cache::findCitizens(**sibling, query, limit, cancel);
            if (cancel->load())
                return;
            QMetaObject::invokeMethod(
                self,
                [self, matches, generation] {
                    if (self && generation == self->m_generation)
                        emit self->found(matches);
                },
                Qt::QueuedConnection);
        },
        QThread::InheritPriority); // the user waits for it
}

QString CitizenSearcher::describe(const QJsonObject &citizen)
{
    QStringList parts{CitizenProfile::fullName(citizen)};
    if (const QString father = citizen.value(u"father_name").toString(); !father.isEmpty())
        parts << tr("child of %1").arg(father);
    if (const QString id = citizen.value(u"national_id").toString(); !id.isEmpty())
        parts << toLocalDigits(id);
    if (const QJsonValue born = citizen.value(u"birth_date"); born.isString())
        parts << FieldText::displayValue(u"citizens", u"birth_date", born);
    return CaseText::joinIsolated(parts);
}

} // namespace Shahrvand::Ui
