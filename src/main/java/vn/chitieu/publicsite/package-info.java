/**
 * What citizens may see without signing in: the published resolutions of every commune, each
 * target with its latest approved result, and the same as open data (CSV and JSON). It reads the
 * plan and monitoring modules through their APIs as a visitor, so nothing unpublished or unapproved
 * can reach it; its pages ({@code web/}) are the same for everyone and may be cached.
 */
package vn.chitieu.publicsite;
