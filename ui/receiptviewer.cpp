#include "receiptviewer.h"

#include "localcache.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcReceipts, "shahrvand.ui.receipts")

namespace Shahrvand::Ui {

ReceiptViewer::ReceiptViewer(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("receiptViewer"));
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("receiptPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumHeight(0);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("receiptNote"));
    m_note->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openReceipt"));
    m_fetch = new QPushButton(this);
    m_fetch->setObjectName(QStringLiteral("fetchReceipt"));
    connect(m_open, &QPushButton::clicked, this, &ReceiptViewer::openExternally);
    connect(m_fetch, &QPushButton::clicked, this, &ReceiptViewer::fetch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_fetch);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picture);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    retranslate();
    clear();
}

ReceiptViewer::~ReceiptViewer() = default;

void ReceiptViewer::clear()
{
    m_sha256.clear();
    m_bytes.clear();
    m_image = QPixmap();
    m_picture->clear();
    m_state = State::None;
    retranslate();
}

void ReceiptViewer::showReceipt(const QString &sha256, const QString &fileName,
                                const QString &contentType)
{
    clear();
    m_sha256 = sha256;
    m_fileName = fileName.isEmpty() ? tr("receipt") : fileName;
    m_contentType = contentType;
    if (sha256.isEmpty()) {
        retranslate();
        return;
    }
    const auto kept = m_cache.fileBytes(sha256);
    if (kept) {
        display(*kept);
        return;
    }
    if (kept.error().kind != Cache::CacheError::Kind::NotFound) {
        qCWarning(lcReceipts) << "a kept receipt did not open:" << kept.error().detail;
        m_state = State::Failed;
        m_failure = kept.error().message();
    } else {
        m_state = State::OnServer;
    }
    retranslate();
}

void ReceiptViewer::display(const QByteArray &bytes)
{
    m_bytes = bytes;
    QImage image;
    if (image.loadFromData(bytes)) {
        m_image = QPixmap::fromImage(image);
        m_state = State::Image;
        scale();
    } else {
        m_state = State::File; // a PDF, or an image type Qt cannot read here
    }
    retranslate();
}

void ReceiptViewer::fetch()
{
    if (!m_download || m_sha256.isEmpty())
        return;
    m_state = State::Fetching;
    retranslate();
    QPointer<ReceiptViewer> self(this);
    const QString sha256 = m_sha256;
    m_download(sha256, [self, sha256](const QByteArray &bytes, const QString &error) {
        if (!self || self->m_sha256 != sha256)
            return;
        if (!error.isEmpty()) {
            self->m_state = State::Failed;
            self->m_failure = error;
            self->retranslate();
            return;
        }
        self->display(bytes);
    });
}

// A copy in a folder of this viewer's own (removed with it) for the desktop's program.
void ReceiptViewer::openExternally()
{
    if (m_bytes.isEmpty())
        return;
    if (!m_copies)
        m_copies = std::make_unique<QTemporaryDir>();
    // The name came from another computer: its last part only, never a path.
    QString safeName = QFileInfo(m_fileName).fileName();
    if (safeName.isEmpty() || safeName.startsWith(QLatin1Char('.')))
        safeName = QStringLiteral("receipt") + safeName;
    const QString folder = m_copies->filePath(m_sha256.left(16));
    const QString path = QDir(folder).filePath(safeName);
    QFile file(path);
    if (!m_copies->isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(m_bytes) != m_bytes.size()) {
        qCWarning(lcReceipts) << "cannot write a copy to open:" << file.errorString();
        m_state = State::Failed;
        m_failure = tr("There is no room for a copy on this computer.");
        retranslate();
        return;
    }
    file.close();
    const bool opened =
        m_openFile ? m_openFile(path) : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!opened) {
        m_state = State::Failed;
        m_failure = tr("No program on this computer opens “%1”.").arg(m_fileName);
        retranslate();
    }
}

void ReceiptViewer::scale()
{
    if (m_image.isNull())
        return;
    // The panel's width, and at most a screenful high: the lines and decisions stay near.
    const QSize room(qMax(120, m_picture->width()), maximumPictureHeight);
    const qreal ratio = devicePixelRatio();
    const QPixmap scaled =
        m_image.width() > room.width() || m_image.height() > room.height()
            ? m_image.scaled(room * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : m_image;
    QPixmap shown = scaled;
    shown.setDevicePixelRatio(ratio);
    m_picture->setPixmap(shown);
}

void ReceiptViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scale();
}

QString ReceiptViewer::message() const
{
    return m_note->text();
}

void ReceiptViewer::retranslate()
{
    QString note;
    switch (m_state) {
    case State::None:
        note = m_sha256.isEmpty() ? tr("No receipt is attached to this line.") : QString();
        break;
    case State::Image:
        note = m_fileName;
        break;
    case State::File:
        note = tr("“%1” opens in the desktop's own viewer.").arg(m_fileName);
        break;
    case State::OnServer:
        note = m_download ? tr("The receipt “%1” is on the server.").arg(m_fileName)
                          : tr("The receipt “%1” is on the server: it can be seen when this "
                               "computer is connected.")
                                .arg(m_fileName);
        break;
    case State::Fetching:
        note = tr("Fetching “%1” from the server…").arg(m_fileName);
        break;
    case State::Failed:
        note = tr("The receipt could not be shown: %1").arg(m_failure);
        break;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_picture->setVisible(m_state == State::Image);
    m_open->setText(tr("Open the receipt"));
    m_open->setVisible(m_state == State::File || m_state == State::Image);
    m_fetch->setText(tr("Fetch from the server"));
    m_fetch->setVisible(m_state == State::OnServer && m_download);
}

void ReceiptViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
