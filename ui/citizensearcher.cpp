#include "citizensearcher.h"

#include "casetext.h"
#include "citizenprofile.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

Q_LOGGING_CATEGORY(lcCitizenSearch, "shahrvand.ui.citizensearch")

namespace Shahrvand::Ui {

CitizenSearcher::CitizenSearcher(Cache::LocalCache &cache, int limit, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_limit(limit)
{}

CitizenSearcher::~CitizenSearcher()
{
    stop();
}

void CitizenSearcher::stop()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void CitizenSearcher::cancel()
{
    stop();
    ++m_generation; // an answer on its way was for another search
}

void CitizenSearcher::search(const QString &typed)
{
    stop();
    const quint64 generation = ++m_generation;
    const Cache::CitizenQuery query = Cache::CitizenQuery::read(typed);
    if (query.kind == Cache::CitizenQuery::Kind::Empty) {
        emit found({});
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<CitizenSearcher> self(this);
    Cache::LocalCache *cache = &m_cache;
    const int limit = m_limit;
    m_thread = QThread::create([cache, query, cancel, self, generation, limit] {
        auto sibling = cache->openSibling();
        if (!sibling) {
            qCWarning(lcCitizenSearch)
                << "citizen search: cannot open the cache:" << sibling.error().detail;
            return;
        }
        const QList<Cache::CitizenMatch> matches =
            Cache::findCitizens(**sibling, query, limit, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self,
            [self, matches, generation] {
                if (self && generation == self->m_generation)
                    emit self->found(matches);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
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
