/** English (`en`) interface text of `<myo-body-map>`, registered by its module. */
export const enBodyMapUi = {
  requiredAreas: 'Please choose at least one area.',
  bodyMapHeading: 'Where does it hurt?',
  bodyMapHint: 'Choose every area where you have had pain.',
  frontNote: 'Front view: your left side is on the right of the picture.',
  backNote: 'Back view: your left side is on the left of the picture.',
  yourLeft: 'Your left',
  yourRight: 'Your right',
  showList: 'Show as a list',
  showMap: 'Show the body map',
  clearAreas: 'Clear all areas',
};
