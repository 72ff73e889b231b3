/* fsync_track: an LD_PRELOAD shim that keeps, for each file, what a disk would hold after
 * a power cut: its contents as of its last completed fsync.
 *
 *   gcc -shared -fPIC -O2 -o fsync_track.so fsync_track.c -ldl
 *   LD_PRELOAD=fsync_track.so POWERCUT_DIR=/x/data POWERCUT_SHADOW=/x/shadow prog
 *
 * Intercepted (checked with `nm -D libsqlite3.so.0` and strace: SQLite 3.40 calls only
 * fdatasync; Python's os.fsync calls fsync; sync_file_range is not used and, not being a
 * durability barrier, is not intercepted):
 *
 *   fsync, fdatasync  After the real call succeeds, if the fd is a regular file directly
 *                     inside POWERCUT_DIR, its whole current contents (pread from offset
 *                     0 to its current size, so an earlier ftruncate is reflected exactly)
 *                     are copied to POWERCUT_SHADOW/<name>.durable.tmp, which is then
 *                     rename()d to <name>.durable: a kill mid-copy leaves the previous
 *                     durable copy. This happens before the call returns to the caller,
 *                     so anything the caller did after the fsync (commit returns, an ack
 *                     is printed) comes after the snapshot.
 *                     An fsync of a directory fd (SQLite syncs the directory after creating
 *                     the WAL or a rollback journal) is ignored: the model treats file
 *                     creation (metadata) as durable at once and only file *data* as
 *                     needing an fsync. A file created but never fsynced has no .durable
 *                     copy; the test then leaves it out, which to SQLite is the same as an
 *                     empty file (an empty WAL, journal or database).
 *   unlink, unlinkat  After the real call succeeds, the file's .durable copy is removed:
 *                     deletion, like creation, is metadata and durable at once. This matters
 *                     for the rollback journal SQLite uses once while it creates the file
 *                     (before WAL mode): a stale copy would be a hot journal that rolls the
 *                     database back. (A stale WAL would be harmless: it is deleted only
 *                     after a full checkpoint has been synced into the database.)
 *
 * With POWERCUT_EIO_FLAG=FILE, while FILE exists every fsync/fdatasync of a watched file
 * fails with EIO (a disk that fails its writes; see failing()).
 *
 * Every snapshot appends "<call> <name> <size>" to POWERCUT_SHADOW/fsync.log, so a test can
 * prove the shim saw the fsyncs. Without POWERCUT_DIR/POWERCUT_SHADOW it only passes calls on.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char watch_dir[PATH_MAX];   /* realpath of POWERCUT_DIR, "" when not set */
static char shadow_dir[PATH_MAX];  /* realpath of POWERCUT_SHADOW */
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_unlink)(const char *);
static int (*real_unlinkat)(int, const char *, int);

static void init(void) {
    real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    real_unlink = (int (*)(const char *))dlsym(RTLD_NEXT, "unlink");
    real_unlinkat = (int (*)(int, const char *, int))dlsym(RTLD_NEXT, "unlinkat");
    const char *w = getenv("POWERCUT_DIR");
    const char *s = getenv("POWERCUT_SHADOW");
    watch_dir[0] = shadow_dir[0] = '\0';
    if (w && s && realpath(w, watch_dir) && realpath(s, shadow_dir))
        return;
    watch_dir[0] = shadow_dir[0] = '\0';
}

/* The name of `path` when it lies directly inside the watched directory, else NULL. */
static const char *watched_name(const char *path) {
    size_t n = strlen(watch_dir);
    if (n == 0 || strncmp(path, watch_dir, n) != 0 || path[n] != '/')
        return NULL;
    const char *name = path + n + 1;
    if (*name == '\0' || strchr(name, '/') != NULL)
        return NULL;
    return name;
}

static void log_line(const char *call, const char *name, long long size) {
    char path[PATH_MAX], line[PATH_MAX + 64];
    if (snprintf(path, sizeof path, "%s/fsync.log", shadow_dir) >= (int)sizeof path)
        return;
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    int len = snprintf(line, sizeof line, "%s %s %lld\n", call, name, size);
    if (write(fd, line, (size_t)len) < 0) { /* best effort */ }
    close(fd);
}

static int copy_all(int src, int dst, off_t size) {
    static char buf[1 << 16];  /* used under `lock` only */
    off_t off = 0;
    while (off < size) {
        size_t want = (size_t)(size - off) < sizeof buf ? (size_t)(size - off) : sizeof buf;
        ssize_t got = pread(src, buf, want, off);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return got == 0 ? 0 : -1;  /* shrank meanwhile: keep what was there */
        for (ssize_t done = 0; done < got;) {
            ssize_t put = write(dst, buf + done, (size_t)(got - done));
            if (put < 0 && errno == EINTR)
                continue;
            if (put < 0)
                return -1;
            done += put;
        }
        off += got;
    }
    return 0;
}

static void snapshot(int fd, const char *call) {
    char link[64], path[PATH_MAX];
    struct stat st;
    if (watch_dir[0] == '\0' || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink == 0)
        return;  /* directories (creation is durable), pipes, deleted files */
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return;
    path[n] = '\0';
    const char *name = watched_name(path);
    if (name == NULL)
        return;
    char tmp[PATH_MAX], durable[PATH_MAX];
    if (snprintf(tmp, sizeof tmp, "%s/%s.durable.tmp", shadow_dir, name) >= (int)sizeof tmp
        || snprintf(durable, sizeof durable, "%s/%s.durable", shadow_dir, name)
               >= (int)sizeof durable)
        return;  /* a path too long for PATH_MAX: never a truncated name */
    int src = fd, own = -1;
    char probe;
    if (pread(fd, &probe, 0, 0) < 0) {  /* opened write-only: read it through its path */
        own = open(path, O_RDONLY | O_CLOEXEC);
        if (own < 0)
            return;
        src = own;
    }
    int dst = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (dst >= 0) {
        if (fstat(src, &st) == 0 && copy_all(src, dst, st.st_size) == 0 && close(dst) == 0) {
            if (rename(tmp, durable) == 0)
                log_line(call, name, (long long)st.st_size);
        } else {
            close(dst);
        }
    }
    if (own >= 0)
        close(own);
}

static void forget(const char *path) {
    /* the file is gone, so resolve its directory, not the file */
    char copy[PATH_MAX], dir[PATH_MAX], full[PATH_MAX];
    if (watch_dir[0] == '\0' || strlen(path) >= sizeof copy)
        return;
    strcpy(copy, path);
    char *slash = strrchr(copy, '/');
    const char *base = copy;
    if (slash != NULL) {
        *slash = '\0';
        base = slash + 1;
        if (realpath(copy[0] ? copy : "/", dir) == NULL)
            return;
    } else if (getcwd(dir, sizeof dir) == NULL) {
        return;
    }
    if (snprintf(full, sizeof full, "%s/%s", dir, base) >= (int)sizeof full)
        return;
    const char *name = watched_name(full);
    char durable[PATH_MAX];
    if (name == NULL || snprintf(durable, sizeof durable, "%s/%s.durable", shadow_dir, name)
                            >= (int)sizeof durable)
        return;
    if (real_unlink(durable) == 0)
        log_line("unlink", name, -1);
}

/* A disk that fails its writes: while the file named by POWERCUT_EIO_FLAG exists, every
 * fsync/fdatasync of a watched file fails with EIO, as a failing disk reports it (the data
 * did not reach the medium), and nothing is snapshotted. */
static int failing(int fd) {
    const char *flag = getenv("POWERCUT_EIO_FLAG");
    struct stat st;
    char link[64], path[PATH_MAX];
    if (flag == NULL || flag[0] == '\0' || access(flag, F_OK) != 0 || watch_dir[0] == '\0')
        return 0;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return 0;
    path[n] = '\0';
    return watched_name(path) != NULL;
}

static int tracked_sync(int fd, int (**real)(int), const char *call) {
    pthread_once(&once, init);  /* before *real is read: init fills it */
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    int rc = (*real)(fd);
    if (rc == 0) {
        int saved = errno;
        pthread_mutex_lock(&lock);
        snapshot(fd, call);
        pthread_mutex_unlock(&lock);
        errno = saved;
    }
    return rc;
}

int fsync(int fd) { return tracked_sync(fd, &real_fsync, "fsync"); }

int fdatasync(int fd) { return tracked_sync(fd, &real_fdatasync, "fdatasync"); }

int unlink(const char *path) {
    pthread_once(&once, init);
    int rc = real_unlink(path);
    if (rc == 0) {
        int saved = errno;
        pthread_mutex_lock(&lock);
        forget(path);
        pthread_mutex_unlock(&lock);
        errno = saved;
    }
    return rc;
}

int unlinkat(int dirfd, const char *path, int flags) {
    pthread_once(&once, init);
    int rc = real_unlinkat(dirfd, path, flags);
    if (rc == 0 && !(flags & AT_REMOVEDIR)) {
        int saved = errno;
        char full[PATH_MAX];
        const char *target = NULL;
        if (path[0] == '/' || dirfd == AT_FDCWD) {
            target = path;
        } else {
            char link[64], dir[PATH_MAX];
            snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
            ssize_t n = readlink(link, dir, sizeof dir - 1);
            if (n > 0) {
                dir[n] = '\0';
                if (snprintf(full, sizeof full, "%s/%s", dir, path) < (int)sizeof full)
                    target = full;
            }
        }
        if (target != NULL) {
            pthread_mutex_lock(&lock);
            forget(target);
            pthread_mutex_unlock(&lock);
        }
        errno = saved;
    }
    return rc;
}
