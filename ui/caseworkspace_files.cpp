// The case workspace's files: attaching (kept in the cache until the next sync sends them)
// and opening an attachment from the timeline (see caseworkspace.h).
#include "caseworkspace.h"

#include "intakedialog_attachments.h"
#include "localcache.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>
#include <QTreeWidgetItem>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCaseFiles, "shahrvand.ui.casefiles")

namespace Shahrvand::Ui {

void CaseWorkspace::chooseAndAttach()
{
    const QStringList paths = m_chooseFiles ? m_chooseFiles() : AttachmentPicker::chooseFiles(this);
    if (paths.isEmpty())
        return;
    if (const QString problem = attachFiles(paths); !problem.isEmpty())
        showMessage(problem, true);
}

QString CaseWorkspace::attachFiles(const QStringList &paths)
{
    QStringList failed;
    int attached = 0;
    for (const QString &path : paths) {
        const auto id = m_cache.attachFile(QStringLiteral("cases"), m_caseId, path);
        if (id) {
            ++attached;
            continue;
        }
        qCWarning(lcCaseFiles) << "not attached:" << id.error().detail;
        failed << tr("%1: %2").arg(QFileInfo(path).fileName(), id.error().message());
    }
    if (attached > 0) {
        fillTimeline();
        emit changed();
    }
    if (!failed.isEmpty())
        return tr("Not attached:\n%1").arg(failed.join(QLatin1Char('\n')));
    showMessage(tr("%n file(s) attached. They are sent with the next sync.", nullptr, attached),
                false);
    return {};
}

bool CaseWorkspace::openAttachment(QTreeWidgetItem *item)
{
    if (!item)
        return false;
    const QVariantMap row = item->data(0, AttachmentRole).toMap();
    if (row.isEmpty())
        return false;
    const QString sha256 = row.value(QStringLiteral("blob_sha256")).toString();
    const QString fileName = row.value(QStringLiteral("file_name")).toString();
    // Kept here until its row is pushed; after that the server has it.
    const auto local = m_cache.fileBytes(sha256);
    if (local)
        return showFile(sha256, fileName, *local);
    if (local.error().kind != Cache::CacheError::Kind::NotFound) {
        qCWarning(lcCaseFiles) << "a kept file did not open:" << local.error().detail;
        showMessage(local.error().message(), true);
        return false;
    }
    if (!m_download) {
        showMessage(tr("“%1” is on the server. Connect to the server to open it.").arg(fileName),
                    true);
        return false;
    }
    showMessage(tr("Fetching “%1” from the server…").arg(fileName), false);
    QPointer<CaseWorkspace> self(this);
    m_download(sha256, [self, sha256, fileName](const QByteArray &bytes, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->showMessage(tr("“%1” could not be fetched: %2").arg(fileName, error), true);
            return;
        }
        self->showFile(sha256, fileName, bytes);
    });
    return true;
}

// A copy in a folder of this workspace's own (removed with it) for the desktop's viewer.
bool CaseWorkspace::showFile(const QString &sha256, const QString &fileName,
                             const QByteArray &bytes)
{
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // The name came from another computer: only its last part, never a path; one folder
    // per file, so that two files of one name do not overwrite each other.
    QString safeName = QFileInfo(fileName).fileName();
    if (safeName.isEmpty() || safeName.startsWith(QLatin1Char('.')))
        safeName = QStringLiteral("attachment") + safeName;
    const QString folder = m_openedFiles->filePath(sha256.left(16));
    const QString path = QDir(folder).filePath(safeName);
    QFile file(path);
    if (!m_openedFiles->isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size()) {
        qCWarning(lcCaseFiles) << "cannot write a copy to open:" << file.errorString();
        showMessage(
            tr("“%1” could not be opened: no room for a copy on this computer.").arg(fileName),
            true);
        return false;
    }
    file.close();
    const bool opened =
        m_openFile ? m_openFile(path) : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!opened)
        showMessage(tr("No program on this computer opens “%1”.").arg(fileName), true);
    return opened;
}

} // namespace Shahrvand::Ui
