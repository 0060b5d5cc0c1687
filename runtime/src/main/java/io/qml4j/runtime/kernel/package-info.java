/**
 * Gate kernels over flat interleaved amplitude arrays, with wires passed as amplitude strides.
 * {@link io.qml4j.runtime.kernel.Kernels} holds the whole-state kernels that generated models call
 * gate by gate, {@link io.qml4j.runtime.kernel.TileKernels} their variants for one cache-sized
 * tile and {@link io.qml4j.runtime.kernel.LayerKernels} a layer of diagonal gates in one pass, so
 * that generated code can block and layer like a plan; a {@link io.qml4j.runtime.kernel.Plan} binds a circuit's gates to the same range
 * kernels once, groups gates that stay within cache-sized tiles into single passes, and runs
 * serially or, through {@link io.qml4j.runtime.kernel.ParallelPlanRunner}, split across threads.
 * Every kernel enumerates only the amplitudes its gate changes, in runs of contiguous indices, and
 * allocates nothing.
 */
package io.qml4j.runtime.kernel;
