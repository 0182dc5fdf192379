/**
 * Monitoring a plan: the periods a resolution opens, the values officials enter for its targets
 * (each change kept, each replacement made with the version it was read at), and each period's
 * reporting state.
 */
package vn.chitieu.monitoring;
