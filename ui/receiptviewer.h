#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTemporaryDir;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// One receipt of an expense line, inside the approval's details: a photo is shown scaled
// to the panel's width; a PDF or another file is opened by the desktop's own program from a
// private temporary copy (the workstation has no PDF viewer of its own). A file this
// computer no longer keeps is fetched through the downloader, when one is set; otherwise the
// approver is told it is on the server.
class ReceiptViewer final : public QWidget
{
    Q_OBJECT

public:
    // Fetches a file the cache no longer keeps; calls `done` with its bytes or an error.
    using FileDownloader = std::function<void(
        const QString &sha256, std::function<void(const QByteArray &, const QString &)> done)>;

    static constexpr int maximumPictureHeight = 420;

    explicit ReceiptViewer(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~ReceiptViewer() override;

    void setFileDownloader(FileDownloader downloader) { m_download = std::move(downloader); }
    // For tests: what opens a file instead of the desktop (true when it opened).
    void setFileOpener(std::function<bool(const QString &path)> open)
    {
        m_openFile = std::move(open);
    }

    // The receipt of a line: its file's SHA-256, name and type (from the attachments row,
    // or only the SHA-256 the line names). Empty: the line has none.
    void showReceipt(const QString &sha256, const QString &fileName, const QString &contentType);
    void clear();

    bool isShowingImage() const { return !m_image.isNull(); }
    QString message() const;
    QPushButton *openButton() const { return m_open; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void display(const QByteArray &bytes);
    void openExternally();
    void fetch();
    void scale();
    void retranslate();

    Cache::LocalCache &m_cache;
    FileDownloader m_download;
    std::function<bool(const QString &)> m_openFile;
    QString m_sha256;
    QString m_fileName;
    QString m_contentType;
    QByteArray m_bytes;
    QPixmap m_image;
    QLabel *m_picture = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_fetch = nullptr;
    std::unique_ptr<QTemporaryDir> m_copies;
    enum class State { None, Image, File, OnServer, Fetching, Failed } m_state = State::None;
    QString m_failure;
};

} // namespace Shahrvand::Ui
