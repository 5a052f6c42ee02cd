// js-aruco2 ships no types; the card modules declare the small part they use where they use it.
declare module 'js-aruco2';
declare module 'js-aruco2/src/dictionaries/apriltag_36h11.js';
declare module 'js-aruco2/src/cv.js';
