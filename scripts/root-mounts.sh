# Sourced by scripts/test-debian13 and scripts/check-arm64: what a scratch root needs from the running system for
# a chroot (proc, sys, dev and a devpts of its own for the socat pseudo-terminals), undone in reverse order.
#   mount_root ROOT     mounts them (call unmount_root on exit, e.g. from a trap)

root_mounts=()

mount_root() {
    local root=$1 d
    for d in proc sys dev; do mkdir -p "$root/$d"; done
    mount -t proc proc "$root/proc" && root_mounts+=("$root/proc")
    mount --bind /sys "$root/sys" && root_mounts+=("$root/sys")
    mount --bind /dev "$root/dev" && root_mounts+=("$root/dev")
    mount -t devpts devpts "$root/dev/pts" && root_mounts+=("$root/dev/pts")
}

unmount_root() {
    local i
    for ((i = ${#root_mounts[@]} - 1; i >= 0; i--)); do
        umount --lazy "${root_mounts[i]}" || true
    done
    root_mounts=()
}
